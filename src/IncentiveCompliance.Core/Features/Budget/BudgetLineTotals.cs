using IncentiveCompliance.Core.Domain.Budget;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>The kept rows of a file added up per municipality, month, product and activity: what is stored.</summary>
internal sealed class BudgetLineTotals
{
    private readonly Dictionary<(string Ubigeo, int Month, string Product, string Activity), Entry> entries = [];

    public long RowsAdded { get; private set; }

    public void Add(BudgetRow row)
    {
        var key = (row.Ubigeo, row.Month, row.ProductCode, row.ActivityCode);
        if (entries.TryGetValue(key, out var entry))
        {
            entry.Amounts += row.Amounts;
        }
        else
        {
            entries[key] = new Entry(row) { Amounts = row.Amounts };
        }

        RowsAdded++;
    }

    public IReadOnlyDictionary<string, string> ExecutingUnits() =>
        entries.Values.GroupBy(e => e.First.Ubigeo, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().First.ExecutingUnit, StringComparer.Ordinal);

    public IEnumerable<BudgetLine> ToLines(int year) => entries.Values.Select(e => new BudgetLine
    {
        Year = year,
        Ubigeo = e.First.Ubigeo,
        Month = e.First.Month,
        ExecutingUnit = e.First.ExecutingUnit,
        ProductCode = e.First.ProductCode,
        ProductName = e.First.ProductName,
        ActivityCode = e.First.ActivityCode,
        ActivityName = e.First.ActivityName,
        Pia = e.Amounts.Pia,
        Pim = e.Amounts.Pim,
        Certificado = e.Amounts.Certificado,
        ComprometidoAnual = e.Amounts.ComprometidoAnual,
        ComprometidoMensual = e.Amounts.ComprometidoMensual,
        Devengado = e.Amounts.Devengado,
        Girado = e.Amounts.Girado,
    });

    private sealed class Entry(BudgetRow first)
    {
        public BudgetRow First { get; } = first;

        public BudgetAmounts Amounts { get; set; }
    }
}
