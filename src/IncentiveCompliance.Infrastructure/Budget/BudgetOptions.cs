using System.ComponentModel.DataAnnotations;
using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// Section <c>Budget</c>: the expected pace of the devengado, month/12 of the PIM times <c>ExpectedPaceShare</c> (1), and
/// the days a failed import's file is kept for a retry (<c>KeepFailedUploadsDays</c>, 7).
/// </summary>
public sealed class BudgetOptions
{
    public const string Section = "Budget";

    [Range(0.01, 10, ErrorMessage = "Budget:ExpectedPaceShare debe estar entre {1} y {2}.")]
    public decimal ExpectedPaceShare { get; set; } = 1m;

    [Range(1, 3650, ErrorMessage = "Budget:KeepFailedUploadsDays debe ser un entero entre {1} y {2}.")]
    public int KeepFailedUploadsDays { get; set; } = BudgetUploads.Default.KeepFailedDays;
}
