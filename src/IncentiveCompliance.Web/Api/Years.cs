using IncentiveCompliance.Core.Domain.Calendar;

namespace IncentiveCompliance.Web.Api;

/// <summary>The program year a request means: the one given, or Lima's current year.</summary>
public static class Years
{
    public static int OrCurrent(int? year, TimeProvider clock) => year ?? LimaTime.Today(clock).Year;
}
