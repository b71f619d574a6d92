using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>Gathers the regional report's figures from compliance, budget and training: the preview and the PDF job both use it.</summary>
internal sealed class RegionalReportBuilder(AppDbContext db, ReferenceData reference, BudgetFigures budgets, TrainingFigures training, TimeProvider clock)
{
    public async Task<RegionalReport> BuildAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var today = LimaTime.Today(clock);
        var region = db.Municipalities.Where(m => m.ProvinceCode.StartsWith(regionCode));
        var (_, requirements, evaluations) = await ComplianceCalculator.EvaluateAsync(db, reference, year, region, today, cancellationToken);
        var (rows, totals) = ComplianceFigures.Summarise(evaluations);
        var (budgetRows, budget) = await budgets.RegionRowsAsync(regionCode, year, cancellationToken);
        var coverage = (await training.CoverageAsync(regionCode, year, cancellationToken)).ToDictionary(c => c.Ubigeo, StringComparer.Ordinal);
        var titles = requirements.ToDictionary(r => r.Code, r => r.Title, StringComparer.Ordinal);
        var budgetByUbigeo = budgetRows.ToDictionary(b => b.Ubigeo, StringComparer.Ordinal);
        var regionName = await db.Regions.Where(r => r.Code == regionCode).Select(r => r.Name).SingleAsync(cancellationToken);

        var municipalities = evaluations.Zip(rows, (e, row) => new ReportMunicipality(
            row,
            budgetByUbigeo.GetValueOrDefault(e.Ubigeo)?.Execution,
            coverage.GetValueOrDefault(e.Ubigeo)?.PeopleTrained ?? 0,
            e.Result.Items.Select(i =>
            {
                var latest = e.Latest.GetValueOrDefault(i.Code);
                var reason = i.State is ItemState.Observed or ItemState.Rejected ? latest?.ReviewReason : null;
                return new ReportItem(i.Code, titles[i.Code], i.State, i.DueDate, reason, i.State == ItemState.Observed ? latest?.CorrectionDueDate : null);
            }).ToList())).ToList();
        var provinces = municipalities.GroupBy(m => m.Compliance.Province, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportProvince(g.Key, ProvinceExecution(g),
                g.Count(m => m.Compliance.Status == ComplianceStatus.Met),
                g.ToList()))
            .ToList();
        return new RegionalReport(regionCode, regionName, year, today, totals, budget,
            coverage.Values.Sum(c => c.PeopleTrained), municipalities, provinces);

        decimal? ProvinceExecution(IEnumerable<ReportMunicipality> members)
        {
            var figures = members.Select(m => budgetByUbigeo.GetValueOrDefault(m.Compliance.Ubigeo)).OfType<RegionBudgetRow>().ToList();
            return Domain.Budget.Execution.Percent(figures.Sum(f => f.Devengado), figures.Sum(f => f.Pim));
        }
    }
}
