using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>PP 0030 figures as every budget use case reads them: the queries, the exports, the review, the sheet and the report.</summary>
internal sealed class BudgetFigures(AppDbContext db, BudgetPace pace, TimeProvider clock)
{
    public async Task<MunicipalityBudget> MunicipalityAsync(string ubigeo, int year, CancellationToken cancellationToken)
    {
        var name = await db.Municipalities.Where(m => m.Ubigeo == ubigeo).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la municipalidad", ubigeo);
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.Year == year && l.Ubigeo == ubigeo).ToListAsync(cancellationToken);
        var reviews = await db.BudgetReviews.AsNoTracking().Where(r => r.Year == year && r.Ubigeo == ubigeo)
            .ToDictionaryAsync(r => r.Month, cancellationToken);
        var importedAt = await db.BudgetImports.Where(i => i.Year == year && i.Status == Domain.Jobs.JobStatus.Succeeded
                && (i.RegionCode == null || ubigeo.StartsWith(i.RegionCode)))
            .OrderByDescending(i => i.FinishedAt).Select(i => i.FinishedAt).FirstOrDefaultAsync(cancellationToken);

        var totals = BudgetTotals.Of(lines);
        var byProduct = lines.GroupBy(l => l.ProductCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Breakdown(g.Key, g.First().ProductName, null, g)).ToList();
        var byActivity = lines.GroupBy(l => (l.ProductCode, l.ActivityCode)).OrderBy(g => g.Key)
            .Select(g => Breakdown(g.Key.ActivityCode, g.First().ActivityName, g.Key.ProductCode, g)).ToList();
        return new MunicipalityBudget(ubigeo, name, year, totals.Pia, totals.Pim, totals.Certificado, totals.ComprometidoAnual,
            totals.Devengado, totals.Girado, totals.Execution, byProduct, byActivity, Months(lines, totals.Pim, reviews, year), importedAt);
    }

    public async Task<RegionBudget> RegionAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var region = await db.Regions.Where(r => r.Code == regionCode).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la región", regionCode);
        var lines = await RegionLinesAsync(regionCode, year, cancellationToken);
        var (rows, totals) = await RegionRowsAsync(regionCode, year, lines, cancellationToken);
        return new RegionBudget(regionCode, region, year, BudgetTotals.MonthsOver(year, clock), rows, totals, Months(lines, totals.Pim, [], year));
    }

    /// <summary>The region's rows and totals, as the region's page, the export and the compliance report show them.</summary>
    public async Task<(IReadOnlyList<RegionBudgetRow> Rows, BudgetTotals Totals)> RegionRowsAsync(string regionCode, int year, CancellationToken cancellationToken) =>
        await RegionRowsAsync(regionCode, year, await RegionLinesAsync(regionCode, year, cancellationToken), cancellationToken);

    /// <summary>
    /// The region's lines with their amounts, month and municipality only: the region's figures never name a product or an
    /// activity, and the names were most of what a Cusco page read from the database (docs/benchmarks.md, «Carga en PostgreSQL»).
    /// </summary>
    private Task<List<BudgetLine>> RegionLinesAsync(string regionCode, int year, CancellationToken cancellationToken) =>
        db.BudgetLines.Where(l => l.Year == year && l.Ubigeo.StartsWith(regionCode))
            .Select(l => new BudgetLine
            {
                Year = l.Year,
                Ubigeo = l.Ubigeo,
                Month = l.Month,
                ExecutingUnit = "",
                ProductCode = "",
                ProductName = "",
                ActivityCode = "",
                ActivityName = "",
                Pia = l.Pia,
                Pim = l.Pim,
                Certificado = l.Certificado,
                ComprometidoAnual = l.ComprometidoAnual,
                ComprometidoMensual = l.ComprometidoMensual,
                Devengado = l.Devengado,
                Girado = l.Girado,
            })
            .ToListAsync(cancellationToken);

    private async Task<(IReadOnlyList<RegionBudgetRow> Rows, BudgetTotals Totals)> RegionRowsAsync(
        string regionCode, int year, List<BudgetLine> regionLines, CancellationToken cancellationToken)
    {
        var monthsOver = BudgetTotals.MonthsOver(year, clock);
        var municipalities = await db.Municipalities.Where(m => m.ProvinceCode.StartsWith(regionCode)).OrderBy(m => m.Ubigeo)
            .Select(m => new { m.Ubigeo, m.Name, Province = m.Province.Name }).ToListAsync(cancellationToken);
        var lines = regionLines.ToLookup(l => l.Ubigeo, StringComparer.Ordinal);
        var reviews = (await db.BudgetReviews.AsNoTracking().Where(r => r.Year == year && r.Ubigeo.StartsWith(regionCode)).ToListAsync(cancellationToken))
            .ToLookup(r => r.Ubigeo, StringComparer.Ordinal);
        var rows = municipalities.Select(m =>
        {
            var own = lines[m.Ubigeo].ToList();
            var t = BudgetTotals.Of(own);
            var devengadoToDate = own.Where(l => l.Month >= 1 && l.Month <= monthsOver).Sum(l => l.Devengado);
            var reviewed = reviews[m.Ubigeo].Where(r => r.Month <= monthsOver).ToList();
            return new RegionBudgetRow(m.Ubigeo, m.Name, m.Province, t.Pia, t.Pim, t.Certificado, t.ComprometidoAnual, t.Devengado, t.Girado, t.Execution,
                reviewed.Count, own.Count > 0 && monthsOver > 0 && pace.IsBehind(monthsOver, t.Pim, devengadoToDate),
                reviewed.Where(r => r.Justification != null).MaxBy(r => r.Month)?.Justification);
        }).ToList();
        return (rows, BudgetTotals.Of(lines.SelectMany(g => g)));
    }

    /// <summary>
    /// PIM, devengado and ejecución of every region's municipalities in the year, added up by the database per municipality
    /// (one query, whatever the number of lines): the same figures as each region's totals (<see cref="RegionRowsAsync(string, int, CancellationToken)"/>).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, RegionExecution>> ExecutionByRegionAsync(int year, CancellationToken cancellationToken)
    {
        // Grouped by ubigeo, the order of the (Year, Ubigeo) index, so the database sorts nothing. Summed as doubles, which
        // SQLite adds natively (its decimals are text, added one by one in .NET otherwise): amounts have cents only, and a
        // municipality's few hundred lines under S/ 10^10 each stay far within half a cent of the exact sum, so rounding
        // each municipality to the cent gives the exact decimal sum; regions are added up here, in decimals.
        var sums = await db.BudgetLines.Where(l => l.Year == year)
            .GroupBy(l => l.Ubigeo)
            .Select(g => new { Ubigeo = g.Key, Pim = g.Sum(l => (double)l.Pim), Devengado = g.Sum(l => (double)l.Devengado) })
            .ToListAsync(cancellationToken);
        return sums.GroupBy(s => s.Ubigeo[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RegionExecution.Of(g.Sum(s => Cents(s.Pim)), g.Sum(s => Cents(s.Devengado))), StringComparer.Ordinal);

        static decimal Cents(double amount) => Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero);
    }

    private static BudgetBreakdown Breakdown(string code, string name, string? productCode, IEnumerable<BudgetLine> lines)
    {
        var t = BudgetTotals.Of(lines);
        return new BudgetBreakdown(code, name, productCode, t.Pia, t.Pim, t.Certificado, t.ComprometidoAnual, t.Devengado, t.Girado, t.Execution);
    }

    private List<BudgetMonth> Months(List<BudgetLine> lines, decimal pim, Dictionary<int, BudgetReview> reviews, int year)
    {
        var over = BudgetTotals.MonthsOver(year, clock);
        var toDate = 0m;
        return Enumerable.Range(1, 12).Select(month =>
        {
            var sum = lines.Where(l => l.Month == month).Aggregate(default(BudgetAmounts), (total, line) => total + line.Amounts);
            toDate += sum.Devengado;
            var review = reviews.GetValueOrDefault(month);
            return new BudgetMonth(month, BudgetTotals.Cents(sum.Certificado), BudgetTotals.Cents(sum.ComprometidoMensual), BudgetTotals.Cents(sum.Devengado),
                BudgetTotals.Cents(sum.Girado), BudgetTotals.Cents(toDate), BudgetTotals.Cents(pace.ExpectedBy(month, pim)), pace.IsBehind(month, pim, toDate),
                month <= over, review is null ? null : new MonthReview(review.ReviewedBy, review.ReviewedAt, review.Justification));
        }).ToList();
    }
}
