using System.Globalization;

namespace IncentiveCompliance.Core.Domain.Reports;

/// <summary>How often a region's report is generated on its own; never more often than daily, so a day names one firing.</summary>
public enum ReportFrequency
{
    Off,
    Monthly, // "mensual": a day of the month
    Weekly,  // "semanal": a day of the week
}

/// <summary>When a region's compliance report is generated on its own, in words: off, monthly (day and hour) or weekly (weekday and hour), Lima time.</summary>
public sealed class ReportSchedule
{
    /// <summary>The last day every month has, so a monthly schedule fires every month.</summary>
    public const int LastDayOfMonth = 28;

    public required string RegionCode { get; init; }

    public ReportFrequency Frequency { get; private set; } = ReportFrequency.Off;

    /// <summary>Day of the month (1–28) of a monthly schedule; kept while off, so turning it on again restores it.</summary>
    public int DayOfMonth { get; private set; } = 1;

    public DayOfWeek DayOfWeek { get; private set; } = DayOfWeek.Monday;

    /// <summary>Hour of the day in Lima (0–23).</summary>
    public int Hour { get; private set; } = 7;

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public bool Enabled => Frequency != ReportFrequency.Off;

    /// <summary>The scheduler's name for this region's job.</summary>
    public static string JobName(string regionCode) => $"report-{regionCode}";

    public void Set(ReportFrequency frequency, int dayOfMonth, DayOfWeek dayOfWeek, int hour)
    {
        if (dayOfMonth is < 1 or > LastDayOfMonth || hour is < 0 or > 23 || !Enum.IsDefined(dayOfWeek) || !Enum.IsDefined(frequency))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), "La programación no es válida.");
        }

        (Frequency, DayOfMonth, DayOfWeek, Hour) = (frequency, dayOfMonth, dayOfWeek, hour);
    }

    /// <summary>The next firing after <paramref name="utcNow"/>, in UTC; null when the schedule is off.</summary>
    public DateTime? NextRun(DateTime utcNow)
    {
        var lima = utcNow + Calendar.LimaTime.Offset;
        var today = DateOnly.FromDateTime(lima);
        DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(Hour, 0)) - Calendar.LimaTime.Offset;
        switch (Frequency)
        {
            case ReportFrequency.Monthly:
                var thisMonth = new DateOnly(today.Year, today.Month, DayOfMonth);
                return At(thisMonth) > utcNow ? At(thisMonth) : At(thisMonth.AddMonths(1));
            case ReportFrequency.Weekly:
                var day = today.AddDays(((int)DayOfWeek - (int)today.DayOfWeek + 7) % 7);
                return At(day) > utcNow ? At(day) : At(day.AddDays(7));
            default:
                return null;
        }
    }

    /// <summary>The schedule as a five-field cron expression, for the job server only: nobody types one.</summary>
    public string Cron() => Frequency switch
    {
        ReportFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"0 {Hour} {DayOfMonth} * *"),
        ReportFrequency.Weekly => string.Create(CultureInfo.InvariantCulture, $"0 {Hour} * * {(int)DayOfWeek}"),
        _ => throw new InvalidOperationException("A schedule that is off has no cron expression."),
    };
}
