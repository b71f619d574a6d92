namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>The amount columns both budget exports share, and how a row is laid out.</summary>
internal static class BudgetSheet
{
    public static readonly string[] Amounts = ["pia", "pim", "certificado", "comprometido_anual", "devengado", "girado", "ejecucion_pct"];

    public static IReadOnlyList<object?> Row(IEnumerable<object?> labels, params object?[] values) => [.. labels, .. values];
}
