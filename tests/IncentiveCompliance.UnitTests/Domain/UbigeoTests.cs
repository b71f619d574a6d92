using FluentAssertions;
using IncentiveCompliance.Core.Domain.Territory;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain;

public sealed class UbigeoTests
{
    [Theory]
    [InlineData("080101", MunicipalityKind.Provincial)] // Cusco, capital of its province
    [InlineData("080901", MunicipalityKind.Provincial)] // Santa Ana, capital of La Convención
    [InlineData("080108", MunicipalityKind.District)]   // Wanchaq
    [InlineData("081310", MunicipalityKind.District)]
    public void The_capital_district_is_governed_by_the_provincial_municipality(string ubigeo, MunicipalityKind kind) =>
        Ubigeo.KindOf(ubigeo).Should().Be(kind);

    [Theory]
    [InlineData("080108", true)]
    [InlineData("08010", false)]
    [InlineData("0801088", false)]
    [InlineData("08O108", false)]
    [InlineData(null, false)]
    public void A_district_code_has_six_digits(string? code, bool valid) => Ubigeo.IsDistrict(code).Should().Be(valid);

    [Fact]
    public void Codes_nest_department_province_district()
    {
        Ubigeo.RegionOf("080901").Should().Be("08");
        Ubigeo.ProvinceOf("080901").Should().Be("0809");
        new Municipality("080901", "Santa Ana").ProvinceCode.Should().Be("0809");
        new Province("0809", "La Convención").RegionCode.Should().Be("08");
    }
}
