namespace IncentiveCompliance.Core.Domain.Calendar;

/// <summary>Peru keeps UTC−5 all year (America/Lima, no daylight saving): "today" is Lima's date.</summary>
public static class LimaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-5);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>The Lima date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Offset);
}
