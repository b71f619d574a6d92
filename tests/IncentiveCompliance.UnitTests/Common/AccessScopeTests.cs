using FluentAssertions;
using IncentiveCompliance.Core.Common.Security;
using Xunit;

namespace IncentiveCompliance.UnitTests.Common;

public sealed class AccessScopeTests
{
    private static readonly AccessScope Admin = new(Roles.Administrator, null, null);
    private static readonly AccessScope Cusco = new(Roles.RegionalSecretariat, "08", null);
    private static readonly AccessScope Wanchaq = new(Roles.MunicipalManager, null, "080108");
    private static readonly AccessScope WanchaqBudget = new(Roles.BudgetOfficer, null, "080108");
    private static readonly AccessScope National = new(Roles.NationalViewer, null, null);

    [Theory]
    [InlineData("080108", true)]
    [InlineData("081301", true)]
    [InlineData("150101", false)]
    [InlineData("08", false)]
    public void Secretariat_covers_the_municipalities_of_its_region_only(string ubigeo, bool covered) =>
        Cusco.CoversMunicipality(ubigeo).Should().Be(covered);

    [Fact]
    public void Municipal_users_cover_their_own_municipality_only()
    {
        Wanchaq.CoversMunicipality("080108").Should().BeTrue();
        Wanchaq.CoversMunicipality("080106").Should().BeFalse();
        WanchaqBudget.CoversMunicipality("080108").Should().BeTrue();
        WanchaqBudget.CoversMunicipality("080101").Should().BeFalse();
    }

    [Fact]
    public void Only_the_administrator_and_the_region_own_secretariat_cover_a_region()
    {
        Admin.CoversRegion("15").Should().BeTrue();
        Cusco.CoversRegion("08").Should().BeTrue();
        Cusco.CoversRegion("15").Should().BeFalse();
        Wanchaq.CoversRegion("08").Should().BeFalse();
    }

    [Fact]
    public void A_secretariat_without_a_region_covers_nothing() =>
        new AccessScope(Roles.RegionalSecretariat, null, null).CoversMunicipality("080108").Should().BeFalse();

    [Fact]
    public void Listings_are_limited_to_the_users_region()
    {
        Admin.VisibleRegion.Should().BeNull();
        Cusco.VisibleRegion.Should().Be("08");
        Wanchaq.VisibleRegion.Should().Be("08");
    }

    [Fact]
    public void A_national_viewer_covers_every_region_and_municipality_and_lists_them_all()
    {
        National.CoversRegion("08").Should().BeTrue();
        National.CoversRegion("25").Should().BeTrue();
        National.CoversMunicipality("150101").Should().BeTrue();
        National.VisibleRegion.Should().BeNull();
    }
}
