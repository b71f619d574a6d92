using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>
/// Everything the regional compliance report shows, as of today: the dashboard's figures and rows, each municipality's
/// PP 0030 execution and people trained, execution by province, and per province each municipality's items and observations.
/// The HTML preview and the PDF are both drawn from it.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetRegionalReport(string RegionCode, int Year) : IRequest<RegionalReport>, IRegionScoped;

public sealed class GetRegionalReportValidator : AbstractValidator<GetRegionalReport>
{
    public GetRegionalReportValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record RegionalReport(
    string RegionCode,
    string RegionName,
    int Year,
    DateOnly CutOff,
    RegionTotals Summary,
    BudgetTotals Budget,
    int PeopleTrained,
    IReadOnlyList<ReportMunicipality> Municipalities,
    IReadOnlyList<ReportProvince> Provinces);

public sealed record ReportMunicipality(MunicipalityComplianceRow Compliance, decimal? Execution, int PeopleTrained, IReadOnlyList<ReportItem> Items);

/// <summary>An item as the annex lists it: its state and, when observed or rejected, the auditor's reason and the correction deadline.</summary>
public sealed record ReportItem(string Code, string Title, string State, DateOnly DueDate, string? Reason, DateOnly? CorrectionDueDate);

public sealed record ReportProvince(string Name, decimal? Execution, int Met, IReadOnlyList<ReportMunicipality> Municipalities);

internal sealed class GetRegionalReportHandler(AppDbContext db, IMediator mediator, BudgetPace pace, TimeProvider clock)
    : IRequestHandler<GetRegionalReport, RegionalReport>
{
    public async Task<RegionalReport> Handle(GetRegionalReport request, CancellationToken cancellationToken)
    {
        var today = LimaTime.Today(clock);
        var region = db.Municipalities.Where(m => m.ProvinceCode.StartsWith(request.RegionCode));
        var (_, requirements, evaluations) = await ComplianceCalculator.EvaluateAsync(db, request.Year, region, today, cancellationToken);
        var (rows, totals) = GetRegionComplianceHandler.Summarise(evaluations);
        var (budgetRows, budget) = await BudgetByMunicipality.LoadAsync(
            db, pace, request.Year, BudgetTotals.MonthsOver(request.Year, clock), request.RegionCode, cancellationToken);
        var coverage = (await mediator.Send(new GetTrainingCoverage(request.RegionCode, request.Year), cancellationToken)).ToDictionary(c => c.Ubigeo);
        var titles = requirements.ToDictionary(r => r.Code, r => r.Title);
        var budgetByUbigeo = budgetRows.ToDictionary(b => b.Ubigeo);
        var regionName = await db.Regions.Where(r => r.Code == request.RegionCode).Select(r => r.Name).SingleAsync(cancellationToken);

        var municipalities = evaluations.Zip(rows, (e, row) => new ReportMunicipality(
            row,
            budgetByUbigeo.GetValueOrDefault(e.Ubigeo)?.Execution,
            coverage.GetValueOrDefault(e.Ubigeo)?.PeopleTrained ?? 0,
            e.Result.Items.Select(i =>
            {
                var latest = e.Latest.GetValueOrDefault(i.Code);
                var reason = i.State is ItemState.Observed or ItemState.Rejected ? latest?.ReviewReason : null;
                return new ReportItem(i.Code, titles[i.Code], ApiNames.Of(i.State), i.DueDate, reason, i.State == ItemState.Observed ? latest?.CorrectionDueDate : null);
            }).ToList())).ToList();
        var provinces = municipalities.GroupBy(m => m.Compliance.Province).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportProvince(g.Key, ProvinceExecution(g),
                g.Count(m => m.Compliance.Status == ApiNames.Of(ComplianceStatus.Met)),
                g.ToList()))
            .ToList();
        return new RegionalReport(request.RegionCode, regionName, request.Year, today, totals, budget,
            coverage.Values.Sum(c => c.PeopleTrained), municipalities, provinces);

        decimal? ProvinceExecution(IEnumerable<ReportMunicipality> members)
        {
            var figures = members.Select(m => budgetByUbigeo.GetValueOrDefault(m.Compliance.Ubigeo)).OfType<RegionBudgetRow>().ToList();
            return Domain.Budget.Execution.Percent(figures.Sum(f => f.Devengado), figures.Sum(f => f.Pim));
        }
    }
}
