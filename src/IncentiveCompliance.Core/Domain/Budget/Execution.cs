namespace IncentiveCompliance.Core.Domain.Budget;

/// <summary>Ejecución % = Devengado / PIM × 100, to one decimal; none while there is no PIM.</summary>
public static class Execution
{
    public static decimal? Percent(decimal devengado, decimal pim) =>
        pim == 0 ? null : Math.Round(devengado / pim * 100m, 1, MidpointRounding.AwayFromZero);
}
