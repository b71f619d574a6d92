using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Domain.Reports;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>A region's report schedule as the schedule requests answer it.</summary>
public sealed record ScheduleView(string Region, ReportFrequency Frequency, int DayOfMonth, DayOfWeek DayOfWeek, int Hour, bool Enabled, string? UpdatedBy, DateTime? UpdatedAt)
{
    public static ScheduleView Of(ReportSchedule s) =>
        new(s.RegionCode, s.Frequency, s.DayOfMonth, s.DayOfWeek, s.Hour, s.Enabled, s.UpdatedBy, s.UpdatedAt);
}

/// <summary>The schedule's words as a request carries them (the API's names, any case, spaces around), read back.</summary>
public static class ScheduleWords
{
    public static ReportFrequency? Frequency(string? name) =>
        EnumJson.Parse<ReportFrequency>(name?.Trim().ToLowerInvariant());

    public static DayOfWeek? Weekday(string? name) =>
        EnumJson.Parse<DayOfWeek>(name?.Trim().ToLowerInvariant());
}

/// <summary>Registers the region's job with the scheduler, or removes it when the schedule is off.</summary>
internal static class ScheduleJobs
{
    public static Task ApplyAsync(this IBackgroundJobs jobs, ReportSchedule schedule, CancellationToken cancellationToken) =>
        schedule.Enabled
            ? jobs.ScheduleAsync(ReportSchedule.JobName(schedule.RegionCode), new RunScheduledReport(schedule.RegionCode), schedule.Cron(), cancellationToken)
            : jobs.UnscheduleAsync(ReportSchedule.JobName(schedule.RegionCode), cancellationToken);
}
