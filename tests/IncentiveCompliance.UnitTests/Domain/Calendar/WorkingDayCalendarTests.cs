using System.Globalization;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Calendar;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar2026 = new(PeruvianHolidays.For(2026).Select(h => h.Date));

    [Theory]
    [InlineData("2026-03-28")] // Saturday
    [InlineData("2026-03-29")] // Sunday
    [InlineData("2026-07-25")] // Saturday
    public void Weekends_are_not_working_days(string day) =>
        Calendar2026.IsWorkingDay(Day(day)).Should().BeFalse();

    [Theory]
    [InlineData("2026-04-02")] // Jueves Santo
    [InlineData("2026-04-03")] // Viernes Santo
    [InlineData("2026-07-28")] // Fiestas Patrias (Tuesday)
    [InlineData("2026-12-08")] // Inmaculada Concepción (Tuesday)
    public void A_holiday_on_a_weekday_is_not_a_working_day(string day) =>
        Calendar2026.IsWorkingDay(Day(day)).Should().BeFalse();

    [Theory]
    [InlineData("2026-03-30")] // Monday
    [InlineData("2026-04-06")] // Monday after Easter
    [InlineData("2026-07-27")] // Monday before Fiestas Patrias
    public void An_ordinary_weekday_is_a_working_day(string day) =>
        Calendar2026.IsWorkingDay(Day(day)).Should().BeTrue();

    [Fact]
    public void Counting_over_Holy_Week_skips_Holy_Thursday_Good_Friday_and_the_weekend()
    {
        // From Monday 2026-03-30 (which does not count): Tue 31 (1), Wed 1 Apr (2), [Thu 2 and Fri 3: holidays],
        // [Sat 4, Sun 5: weekend], Mon 6 (3), Tue 7 (4), Wed 8 (5).
        Calendar2026.AddWorkingDays(Day("2026-03-30"), 5).Should().Be(Day("2026-04-08"));
    }

    [Theory]
    // From Friday 2026-07-24: [Sat 25, Sun 26], Mon 27 (1), [Tue 28, Wed 29: Fiestas Patrias], Thu 30 (2), Fri 31 (3),
    // [Sat 1 Aug, Sun 2], Mon 3 (4), Tue 4 (5), Wed 5 (6), [Thu 6: Batalla de Junín], Fri 7 (7).
    [InlineData(1, "2026-07-27")]
    [InlineData(2, "2026-07-30")]
    [InlineData(3, "2026-07-31")]
    [InlineData(5, "2026-08-04")]
    [InlineData(7, "2026-08-07")]
    public void Counting_across_Fiestas_Patrias_skips_the_28th_and_29th_of_July(int days, string expected) =>
        Calendar2026.AddWorkingDays(Day("2026-07-24"), days).Should().Be(Day(expected));

    [Fact]
    public void A_decreed_non_working_day_shifts_the_deadline_by_one_day()
    {
        // The government decrees Monday 2026-04-06 a non-working day for the public sector.
        var withDecree = new WorkingDayCalendar(PeruvianHolidays.For(2026).Select(h => h.Date).Append(Day("2026-04-06")));

        withDecree.IsWorkingDay(Day("2026-04-06")).Should().BeFalse();
        withDecree.AddWorkingDays(Day("2026-03-30"), 5).Should().Be(Day("2026-04-09"));
        Calendar2026.AddWorkingDays(Day("2026-03-30"), 5).Should().Be(Day("2026-04-08"));
    }

    [Theory]
    [InlineData("2026-03-30")]
    [InlineData("2026-04-04")] // a Saturday stays itself
    [InlineData("2026-07-28")] // a holiday stays itself
    public void Adding_zero_working_days_returns_the_same_day(string day) =>
        Calendar2026.AddWorkingDays(Day(day), 0).Should().Be(Day(day));

    [Fact]
    public void A_negative_count_is_refused()
    {
        var act = () => Calendar2026.AddWorkingDays(Day("2026-03-30"), -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("2026-03-30", "2026-04-08", 5)] // over Holy Week
    [InlineData("2026-03-30", "2026-03-31", 1)] // the next day counts, the first does not
    [InlineData("2026-04-01", "2026-04-05", 0)] // Thu/Fri holidays then the weekend
    [InlineData("2026-07-24", "2026-07-31", 3)] // over Fiestas Patrias
    [InlineData("2026-03-27", "2026-03-30", 1)] // Friday to Monday
    public void Working_days_between_count_after_from_up_to_and_including_to(string from, string to, int expected) =>
        Calendar2026.WorkingDaysBetween(Day(from), Day(to)).Should().Be(expected);

    [Theory]
    [InlineData("2026-03-30", "2026-03-30")]
    [InlineData("2026-04-08", "2026-03-30")]
    public void Working_days_between_is_zero_when_to_is_not_later(string from, string to) =>
        Calendar2026.WorkingDaysBetween(Day(from), Day(to)).Should().Be(0);

    [Fact]
    public void Working_days_between_undoes_adding_working_days()
    {
        var from = Day("2026-07-24");
        for (var days = 0; days <= 30; days++)
        {
            Calendar2026.WorkingDaysBetween(from, Calendar2026.AddWorkingDays(from, days)).Should().Be(days);
        }
    }

    [Fact]
    public void Lima_today_is_five_hours_behind_UTC()
    {
        // 03:00 UTC on 22 November is 22:00 on 21 November in Lima (UTC−5).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

        LimaTime.Today(clock).Should().Be(new DateOnly(2026, 11, 21));
    }

    [Fact]
    public void Lima_today_changes_at_five_in_the_morning_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 4, 59, 59, TimeSpan.Zero));
        LimaTime.Today(clock).Should().Be(new DateOnly(2026, 11, 21));

        clock.Advance(TimeSpan.FromSeconds(1));

        LimaTime.Today(clock).Should().Be(new DateOnly(2026, 11, 22));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
