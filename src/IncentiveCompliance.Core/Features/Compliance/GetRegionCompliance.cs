using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>Every municipality of a region with its score and status, plus the region's totals.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetRegionCompliance(string RegionCode, int Year) : IRequest<RegionCompliance>, IRegionScoped;

public sealed record RegionCompliance(string Code, string Name, int Year, IReadOnlyList<MunicipalityComplianceRow> Municipalities, RegionTotals Totals);

public sealed record MunicipalityComplianceRow(
    string Ubigeo, string Name, string Province, string? PiType, int Score, int MaxScore, string Status, int Approved, int Observed, int Missing);

public sealed record RegionTotals(int Municipalities, int Met, int OnTrack, int AtRisk, int NotMet, int PendingReview, int PendingObservations, int OverdueItems, double AverageScore);

public sealed class GetRegionComplianceValidator : AbstractValidator<GetRegionCompliance>
{
    public GetRegionComplianceValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetRegionComplianceHandler(AppDbContext db, TimeProvider clock) : IRequestHandler<GetRegionCompliance, RegionCompliance>
{
    public async Task<RegionCompliance> Handle(GetRegionCompliance request, CancellationToken cancellationToken)
    {
        var (_, _, evaluations) = await ComplianceCalculator.EvaluateAsync(
            db, request.Year, db.Municipalities.Where(m => m.ProvinceCode.StartsWith(request.RegionCode)), LimaTime.Today(clock), cancellationToken);
        var (rows, totals) = Summarise(evaluations);
        var name = await db.Regions.Where(r => r.Code == request.RegionCode).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la región", request.RegionCode);
        return new RegionCompliance(request.RegionCode, name, request.Year, rows, totals);
    }

    /// <summary>Rows and totals from evaluated municipalities: the dashboard's figures, which the compliance report repeats.</summary>
    internal static (IReadOnlyList<MunicipalityComplianceRow> Rows, RegionTotals Totals) Summarise(IReadOnlyList<MunicipalityEvaluation> evaluations)
    {
        var rows = evaluations.Select(e => new MunicipalityComplianceRow(
            e.Ubigeo, e.Name, e.Province, e.PiType, e.Result.Score, e.Result.MaxScore, ApiNames.Of(e.Result.Status),
            e.Result.Items.Count(i => i.State == ItemState.Approved),
            e.Result.Items.Count(i => i.State == ItemState.Observed),
            e.Result.Items.Count(i => i.State is ItemState.NotSubmitted or ItemState.Draft or ItemState.Overdue))).ToList();
        var items = evaluations.SelectMany(e => e.Result.Items).ToList();
        var totals = new RegionTotals(
            rows.Count,
            evaluations.Count(e => e.Result.Status == ComplianceStatus.Met),
            evaluations.Count(e => e.Result.Status == ComplianceStatus.OnTrack),
            evaluations.Count(e => e.Result.Status == ComplianceStatus.AtRisk),
            evaluations.Count(e => e.Result.Status == ComplianceStatus.NotMet),
            items.Count(i => i.State == ItemState.Submitted),
            items.Count(i => i.State == ItemState.Observed),
            items.Count(i => i.State == ItemState.Overdue),
            rows.Count == 0 ? 0 : Math.Round(rows.Average(r => r.Score), 1));
        return (rows, totals);
    }
}
