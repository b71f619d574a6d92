namespace IncentiveCompliance.Core.Domain.Calendar;

/// <summary>Peru keeps UTC−5 all year (America/Lima, no daylight saving): "today" is Lima's date.</summary>
public static class LimaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-5);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
