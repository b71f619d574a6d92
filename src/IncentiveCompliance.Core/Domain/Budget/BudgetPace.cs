namespace IncentiveCompliance.Core.Domain.Budget;

/// <summary>
/// The pace devengado is expected to keep: by the end of month m, <c>m/12 × PIM × Share</c>. Share is 1 by default
/// (<c>Budget:ExpectedPaceShare</c>), so a municipality is behind when its devengado is below month/12 of its PIM.
/// </summary>
public sealed record BudgetPace(decimal Share)
{
    public static readonly BudgetPace Default = new(1m);

    public decimal ExpectedBy(int month, decimal pim) => pim * month / 12m * Share;

    public bool IsBehind(int month, decimal pim, decimal devengadoToDate) => devengadoToDate < ExpectedBy(month, pim);
}
