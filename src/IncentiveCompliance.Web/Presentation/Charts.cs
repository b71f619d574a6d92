using System.Globalization;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>
/// What the server-drawn SVG charts (Pages/Shared/Charts) are given. They need no script and no style attribute: the
/// content policy refuses both; colours come from the stylesheet's tone classes.
/// </summary>
public static class Charts
{
    /// <summary>An SVG coordinate: invariant, at most one decimal.</summary>
    public static string At(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string At(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>Devengado to date against the expected pace, month by month, for a municipality or a whole region.</summary>
public sealed record PaceCurve(string Id, string Title, IReadOnlyList<BudgetMonth> Months, decimal Pim);

/// <summary>A region's municipalities per status at the end of each month recorded, and now when the year is this one (<paramref name="CurrentMonth"/>).</summary>
public sealed record StatusHistoryChart(IReadOnlyList<MonthStatusCounts> Recorded, int? CurrentMonth, StatusCounts Now, int Municipalities);

/// <summary>A municipality's items on the program year's calendar.</summary>
public sealed record ItemTimeline(MunicipalityCompliance Compliance, DateOnly Today);
