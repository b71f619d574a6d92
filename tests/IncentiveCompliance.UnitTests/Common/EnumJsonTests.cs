using FluentAssertions;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Reports;
using Xunit;

namespace IncentiveCompliance.UnitTests.Common;

public sealed class EnumJsonTests
{
    [Fact]
    public void A_value_is_named_in_snake_case_as_the_api_always_wrote_it()
    {
        EnumJson.Name(ItemState.NotSubmitted).Should().Be("not_submitted");
        EnumJson.Name(ComplianceStatus.OnTrack).Should().Be("on_track");
        EnumJson.Name(DayOfWeek.Friday).Should().Be("friday");
    }

    [Fact]
    public void A_name_reads_back_only_as_written()
    {
        Enum.GetValues<ItemState>().Should().OnlyContain(s => EnumJson.Parse<ItemState>(EnumJson.Name(s)) == s);
        EnumJson.Parse<ReportFrequency>("weekly").Should().Be(ReportFrequency.Weekly);
        EnumJson.Parse<ReportFrequency>("Weekly").Should().BeNull();
        EnumJson.Parse<ReportFrequency>("2").Should().BeNull();
        EnumJson.Parse<ReportFrequency>(null).Should().BeNull();
    }
}
