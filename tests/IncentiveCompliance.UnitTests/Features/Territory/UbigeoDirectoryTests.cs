using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Features.Territory;
using Xunit;

namespace IncentiveCompliance.UnitTests.Features.Territory;

public sealed class UbigeoDirectoryTests
{
    private const string InseiHeader = "departamento;provincia;distrito;ubigeo;capital_legal;categoría;altitud;población;latitud;longitud";

    private static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public void Reads_the_INEI_format_with_BOM_by_column_name()
    {
        var entries = UbigeoDirectory.Parse(Utf8WithBom($"""
            {InseiHeader}
            Cusco;Cusco;Cusco;080101;Cusco;Ciudad;3399.0;114630;-13.5;-71.9
            Cusco;Cusco;Wanchaq;080108;Wanchaq;Ciudad;3366.0;58541;-13.5;-71.9
            Cusco;La Convención;Santa Ana;080901;Quillabamba;Ciudad;1050.0;33000;-12.8;-72.7
            """));

        entries.Should().Equal(
            new UbigeoEntry("080101", "Cusco", "Cusco", "Cusco"),
            new UbigeoEntry("080108", "Cusco", "Cusco", "Wanchaq"),
            new UbigeoEntry("080901", "Cusco", "La Convención", "Santa Ana"));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_without_the_optional_ones()
    {
        var entries = UbigeoDirectory.Parse(Encoding.UTF8.GetBytes("ubigeo;distrito;provincia;departamento\n080108;Wanchaq;Cusco;Cusco\n"));
        entries.Should().ContainSingle().Which.Should().Be(new UbigeoEntry("080108", "Cusco", "Cusco", "Wanchaq"));
    }

    [Fact]
    public void Latin1_files_keep_their_accents()
    {
        var latin1 = Encoding.Latin1.GetBytes("departamento;provincia;distrito;ubigeo\nCusco;La Convención;Echarate;080902\nCusco;Cusco;San Jerónimo;080104\n");
        UbigeoDirectory.Parse(latin1).Select(e => e.Province + "/" + e.District)
            .Should().Equal("La Convención/Echarate", "Cusco/San Jerónimo");
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_number()
    {
        var act = () => UbigeoDirectory.Parse(Encoding.UTF8.GetBytes("""
            departamento;provincia;distrito;ubigeo
            Cusco;Cusco;Cusco;080101
            Cusco;Cusco;Ccorca;0801
            Cusco;Cusco;;080103
            Cusco;Cusco;Cusco otra vez;080101
            Cusco;Cusco;Saylla
            """));

        act.Should().Throw<RowErrorsException>().Which.Rows.Select(r => r.Row).Should().Equal(3, 4, 5, 6);
        act.Should().Throw<RowErrorsException>().Which.Rows[2].Reason.Should().Contain("fila 2");
    }

    [Fact]
    public void A_missing_column_rejects_the_file_at_the_header()
    {
        var act = () => UbigeoDirectory.Parse(Encoding.UTF8.GetBytes("departamento;provincia;ubigeo\nCusco;Cusco;080101\n"));
        act.Should().Throw<RowErrorsException>().Which.Rows.Should().ContainSingle()
            .Which.Should().Be(new RowError(1, "faltan las columnas: distrito"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("departamento;provincia;distrito;ubigeo\n")]
    public void An_empty_file_is_rejected(string content) =>
        FluentActions.Invoking(() => UbigeoDirectory.Parse(Encoding.UTF8.GetBytes(content))).Should().Throw<RowErrorsException>();

    [Fact]
    public void Blank_lines_are_ignored() =>
        UbigeoDirectory.Parse(Encoding.UTF8.GetBytes("departamento;provincia;distrito;ubigeo\n\nCusco;Cusco;Poroy;080103\n\n")).Should().ContainSingle();

    [Fact]
    public void A_province_is_named_by_its_capital_district_row()
    {
        // INEI's own file names the province of 061306 differently from its other districts.
        var entries = new[]
        {
            new UbigeoEntry("061305", "Cajamarca", "Santa Cruz", "La Esperanza"),
            new UbigeoEntry("061306", "Cajamarca", "Ninabamba", "Ninabamba"),
            new UbigeoEntry("061301", "Cajamarca", "Santa Cruz", "Santa Cruz"),
            new UbigeoEntry("061402", "Cajamarca", "Otra", "Sin capital"),
        };
        UbigeoDirectory.ProvinceNames(entries).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["0613"] = "Santa Cruz",
            ["0614"] = "Otra",
        });
    }
}
