using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.National;

/// <summary>
/// The country by region, as the national view and its export read it: each region's dashboard totals, its PP 0030
/// execution and its people trained, each figure computed once for all regions (a fixed number of queries whatever the
/// number of regions), plus the national totals.
/// </summary>
internal sealed class NationalFigures(AppDbContext db, ComplianceFigures compliance, BudgetFigures budgets, TrainingFigures training)
{
    public async Task<NationalCompliance> CountryAsync(int year, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(cancellationToken);
        var (totals, country) = await compliance.CountryAsync(year, cancellationToken);
        var execution = await budgets.ExecutionByRegionAsync(year, cancellationToken);
        var trained = await training.PeopleTrainedByRegionAsync(year, cancellationToken);
        var empty = new RegionTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);
        var rows = regions.Select(r => Row(r.Code, r.Name, totals.GetValueOrDefault(r.Code, empty),
            execution.GetValueOrDefault(r.Code, RegionExecution.None), trained.GetValueOrDefault(r.Code))).ToList();
        var national = Row("", "Total nacional", country,
            RegionExecution.Of(execution.Values.Sum(e => e.Pim), execution.Values.Sum(e => e.Devengado)), trained.Values.Sum());
        return new NationalCompliance(year, rows, national);
    }

    private static NationalRow Row(string code, string name, RegionTotals t, RegionExecution budget, int peopleTrained) =>
        new(code, name, t.Municipalities, t.Met, t.OnTrack, t.AtRisk, t.NotMet, t.AverageScore, t.PendingReview,
            budget.Pim, budget.Devengado, budget.Execution, peopleTrained);
}
