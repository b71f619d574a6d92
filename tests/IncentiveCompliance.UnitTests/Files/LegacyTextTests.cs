using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Infrastructure.Files;
using Xunit;

namespace IncentiveCompliance.UnitTests.Files;

public sealed class LegacyTextTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void UTF8_is_read_as_UTF8_without_its_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Señor de Huanca – «Cusco»")).ToArray();

        LegacyText.Decode(bytes).Should().Be("Señor de Huanca – «Cusco»");
    }

    [Fact]
    public void Windows_1252_keeps_letters_and_the_dashes_and_quotes_Latin1_lacks()
    {
        var bytes = Windows1252.GetBytes("Año 2026 – “Echarati” … ñandú");

        bytes.Should().Contain(0x96, "the en dash is one of the bytes ISO-8859-1 leaves to control characters");
        LegacyText.Decode(bytes).Should().Be("Año 2026 – “Echarati” … ñandú");
    }

    [Fact]
    public void An_uploaded_CSV_sheet_in_the_Windows_code_page_keeps_its_enye_and_dash()
    {
        var csv = Windows1252.GetBytes("dni;nombres;cargo\n12345678;María Ñahui;Gerente – seguridad\n");

        var rows = new SheetReader().Read(new MemoryStream(csv));

        rows[1].Cells.Should().Equal("12345678", "María Ñahui", "Gerente – seguridad");
    }
}
