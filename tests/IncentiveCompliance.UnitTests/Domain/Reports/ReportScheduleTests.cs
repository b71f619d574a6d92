using FluentAssertions;
using IncentiveCompliance.Core.Domain.Reports;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain.Reports;

public sealed class ReportScheduleTests
{
    [Fact]
    public void A_monthly_schedule_fires_on_its_day_and_hour()
    {
        var schedule = new ReportSchedule { RegionCode = "08" };
        schedule.Set(ReportFrequency.Monthly, 15, DayOfWeek.Monday, 7);

        schedule.Cron().Should().Be("0 7 15 * *");
    }

    [Fact]
    public void A_weekly_schedule_fires_on_its_weekday_and_hour()
    {
        var schedule = new ReportSchedule { RegionCode = "08" };
        schedule.Set(ReportFrequency.Weekly, 1, DayOfWeek.Sunday, 23);

        schedule.Cron().Should().Be("0 23 * * 0");
    }

    [Fact]
    public void A_schedule_starts_off_and_has_no_cron_expression_while_off()
    {
        var schedule = new ReportSchedule { RegionCode = "08" };

        schedule.Enabled.Should().BeFalse();
        schedule.Invoking(s => s.Cron()).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(29, 7)]  // not every month has it
    [InlineData(0, 7)]
    [InlineData(1, 24)]
    public void A_day_or_hour_outside_the_calendar_is_refused(int day, int hour)
    {
        var schedule = new ReportSchedule { RegionCode = "08" };

        schedule.Invoking(s => s.Set(ReportFrequency.Monthly, day, DayOfWeek.Monday, hour)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("2026-06-10T11:00:00Z", "2026-06-15T12:00:00Z")] // 10 June 06:00 Lima: the 15th at 07:00 Lima
    [InlineData("2026-06-15T11:59:00Z", "2026-06-15T12:00:00Z")] // a minute before it fires
    [InlineData("2026-06-15T12:00:00Z", "2026-07-15T12:00:00Z")] // as it fires: next month
    [InlineData("2026-12-20T12:00:00Z", "2027-01-15T12:00:00Z")] // over the year's end
    public void A_monthly_schedule_fires_next_on_its_day_of_this_month_or_the_next(string now, string next)
    {
        var schedule = new ReportSchedule { RegionCode = "08" };
        schedule.Set(ReportFrequency.Monthly, 15, DayOfWeek.Monday, 7);

        schedule.NextRun(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal)).Should()
            .Be(DateTime.Parse(next, null, System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    [Theory]
    [InlineData("2026-12-02T15:00:00Z", "2026-12-07T13:00:00Z")] // Wednesday: the next Monday 08:00 Lima
    [InlineData("2026-12-07T12:59:00Z", "2026-12-07T13:00:00Z")] // Monday before 08:00 Lima: today
    [InlineData("2026-12-07T13:00:00Z", "2026-12-14T13:00:00Z")] // Monday at 08:00 Lima: a week later
    [InlineData("2026-12-08T03:00:00Z", "2026-12-14T13:00:00Z")] // Tuesday 03:00 UTC is still Monday 22:00 in Lima
    public void A_weekly_schedule_fires_next_on_its_weekday(string now, string next)
    {
        var schedule = new ReportSchedule { RegionCode = "08" };
        schedule.Set(ReportFrequency.Weekly, 1, DayOfWeek.Monday, 8);

        schedule.NextRun(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal)).Should()
            .Be(DateTime.Parse(next, null, System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    [Fact]
    public void A_schedule_that_is_off_never_fires() =>
        new ReportSchedule { RegionCode = "08" }.NextRun(DateTime.UtcNow).Should().BeNull();
}
