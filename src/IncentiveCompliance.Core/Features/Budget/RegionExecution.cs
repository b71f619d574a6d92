namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>PP 0030 of a set of municipalities: PIM, devengado (soles, to the cent) and ejecución (devengado / PIM, percent).</summary>
public sealed record RegionExecution(decimal Pim, decimal Devengado, decimal? Execution)
{
    public static RegionExecution None { get; } = Of(0m, 0m);

    public static RegionExecution Of(decimal pim, decimal devengado) =>
        new(BudgetTotals.Cents(pim), BudgetTotals.Cents(devengado), Domain.Budget.Execution.Percent(devengado, pim));
}
