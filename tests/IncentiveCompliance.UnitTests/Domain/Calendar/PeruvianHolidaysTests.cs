using System.Globalization;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Calendar;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain.Calendar;

public sealed class PeruvianHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2000, "2000-04-23")]
    public void Easter_Sunday_falls_on_the_known_date(int year, string easter) =>
        PeruvianHolidays.EasterSunday(year).Should().Be(Day(easter));

    [Fact]
    public void Holy_Thursday_and_Good_Friday_move_with_Easter()
    {
        var holidays = PeruvianHolidays.For(2026).Select(h => h.Date).ToList();

        holidays.Should().Contain(new DateOnly(2026, 4, 2)); // Jueves Santo
        holidays.Should().Contain(new DateOnly(2026, 4, 3)); // Viernes Santo
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void A_year_has_sixteen_national_holidays(int year) =>
        PeruvianHolidays.For(year).Select(h => h.Date).Distinct().Should().HaveCount(16);

    [Theory]
    [InlineData(7, 28)]
    [InlineData(7, 29)]
    [InlineData(12, 8)]
    [InlineData(12, 9)]
    [InlineData(12, 25)]
    public void Fiestas_Patrias_and_the_December_holidays_are_there(int month, int day) =>
        PeruvianHolidays.For(2026).Select(h => h.Date).Should().Contain(new DateOnly(2026, month, day));

    [Theory]
    [InlineData(2000)]
    [InlineData(2026)]
    [InlineData(2038)]
    public void Every_holiday_falls_in_the_requested_year(int year) =>
        PeruvianHolidays.For(year).Should().OnlyContain(h => h.Date.Year == year);

    [Fact]
    public void Every_holiday_has_a_name() =>
        PeruvianHolidays.For(2026).Should().OnlyContain(h => !string.IsNullOrWhiteSpace(h.Name));

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
