using System.Text.Json.Serialization;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Domain.Calendar;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>
/// Amounts in soles to the cent, and the execution («ejecución»: devengado / PIM) in percent to one decimal, which the API
/// publishes as <c>avance</c>, its name before «avance» came to mean a submission only.
/// </summary>
public sealed record BudgetTotals(decimal Pia, decimal Pim, decimal Certificado, decimal ComprometidoAnual, decimal Devengado, decimal Girado, [property: JsonPropertyName("avance")] decimal? Execution)
{
    public static BudgetTotals Of(IEnumerable<BudgetLine> lines)
    {
        var sum = lines.Aggregate(default(BudgetAmounts), (total, line) => total + line.Amounts);
        return new BudgetTotals(Cents(sum.Pia), Cents(sum.Pim), Cents(sum.Certificado), Cents(sum.ComprometidoAnual),
            Cents(sum.Devengado), Cents(sum.Girado), Domain.Budget.Execution.Percent(sum.Devengado, sum.Pim));
    }

    /// <summary>Always two decimals, so JSON and exports show 1250.00 rather than 1250.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary>The months of a year whose execution can be reviewed: those already over in Lima.</summary>
    public static int MonthsOver(int year, TimeProvider clock)
    {
        var today = LimaTime.Today(clock);
        return year < today.Year ? 12 : year == today.Year ? today.Month - 1 : 0;
    }
}
