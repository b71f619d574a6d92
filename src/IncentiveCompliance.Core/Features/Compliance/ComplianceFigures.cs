using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>Scores and states as every compliance use case reads them: the dashboards, the sheet and the regional report.</summary>
internal sealed class ComplianceFigures(AppDbContext db, ReferenceData reference, TimeProvider clock)
{
    public async Task<MunicipalityCompliance> MunicipalityAsync(string ubigeo, int year, CancellationToken cancellationToken)
    {
        var (_, requirements, evaluations) = await ComplianceCalculator.EvaluateAsync(
            db, reference, year, db.Municipalities.Where(m => m.Ubigeo == ubigeo), LimaTime.Today(clock), cancellationToken);
        var e = evaluations.SingleOrDefault() ?? throw new NotFoundException("la municipalidad", ubigeo);
        var byCode = requirements.ToDictionary(r => r.Code, StringComparer.Ordinal);
        return new MunicipalityCompliance(e.Ubigeo, e.Name, year, e.Result.Score, e.Result.MaxScore, e.MinimumPoints, e.Result.Status,
            e.Result.Items.Select(i =>
            {
                var latest = e.Latest.GetValueOrDefault(i.Code);
                return new ComplianceItem(i.Code, byCode[i.Code].Title, byCode[i.Code].Kind, i.State, i.DueDate, i.Points, i.PointsEarned, i.Mandatory,
                    latest?.Id, latest?.CorrectionDueDate, latest?.ReviewReason);
            }).ToList());
    }

    public async Task<RegionCompliance> RegionAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var (_, _, evaluations) = await ComplianceCalculator.EvaluateAsync(
            db, reference, year, db.Municipalities.Where(m => m.ProvinceCode.StartsWith(regionCode)), LimaTime.Today(clock), cancellationToken);
        var (rows, totals) = Summarise(evaluations);
        var name = await db.Regions.Where(r => r.Code == regionCode).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la región", regionCode);
        return new RegionCompliance(regionCode, name, year, rows, totals);
    }

    /// <summary>The region's municipalities per status at each month's end recorded for the year (by the month-end job), oldest first.</summary>
    public async Task<IReadOnlyList<MonthStatusCounts>> HistoryAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == regionCode, cancellationToken))
        {
            throw new NotFoundException("la región", regionCode);
        }

        var counts = await db.MonthlyStatuses.Where(m => m.Year == year && m.Ubigeo.StartsWith(regionCode))
            .GroupBy(m => new { m.Month, m.Status }).Select(g => new { g.Key.Month, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.Month).OrderBy(g => g.Key).Select(g =>
        {
            int Of(ComplianceStatus s) => g.SingleOrDefault(c => c.Status == s)?.Count ?? 0;
            return new MonthStatusCounts(g.Key, new StatusCounts(Of(ComplianceStatus.Met), Of(ComplianceStatus.OnTrack), Of(ComplianceStatus.AtRisk), Of(ComplianceStatus.NotMet)));
        }).ToList();
    }

    /// <summary>
    /// Every municipality of the country evaluated at once (the calculator's few queries), grouped by region: each
    /// region's totals as its dashboard shows them, and the country's over all municipalities.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, RegionTotals> Regions, RegionTotals Country)> CountryAsync(int year, CancellationToken cancellationToken)
    {
        var (_, _, evaluations) = await ComplianceCalculator.EvaluateAsync(db, reference, year, db.Municipalities, LimaTime.Today(clock), cancellationToken);
        var regions = evaluations.GroupBy(e => e.Ubigeo[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Summarise(g.ToList()).Totals, StringComparer.Ordinal);
        return (regions, Summarise(evaluations).Totals);
    }

    /// <summary>Rows and totals from evaluated municipalities: the dashboard's figures, which the compliance report repeats.</summary>
    public static (IReadOnlyList<MunicipalityComplianceRow> Rows, RegionTotals Totals) Summarise(IReadOnlyList<MunicipalityEvaluation> evaluations)
    {
        var rows = evaluations.Select(e => new MunicipalityComplianceRow(
            e.Ubigeo, e.Name, e.Province, e.PiType, e.Result.Score, e.Result.MaxScore, e.Result.Status,
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
