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
}
