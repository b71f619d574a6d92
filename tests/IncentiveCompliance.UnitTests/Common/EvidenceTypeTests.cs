using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Files;
using Xunit;

namespace IncentiveCompliance.UnitTests.Common;

public sealed class EvidenceTypeTests
{
    [Theory]
    [InlineData("dni;nombres;cargo\n41234567;Ana Quispe;Gerente\n42345678;\"Luis; hijo\";Serenazgo\n")]
    [InlineData("mes,meta,avance\r\n1,10,8\r\n2,10,10")]
    [InlineData("codigo\tnota\nH1\t\"línea uno\nlínea dos\"\nH2\tlisto\n")]
    public void Delimited_text_is_a_csv(string text) =>
        EvidenceType.Detect(Stream(text)).Should().Be(EvidenceType.Csv);

    [Theory]
    [InlineData("<html><body>Pague aquí, por favor, hoy</body></html>\nfin, fin\n")]
    [InlineData("<HTA:APPLICATION ID=\"x\">\n<script>a,b</script>\n")]
    [InlineData("nombre,dni\n<img src=x onerror=alert(1)>,1\n")]
    [InlineData("<!DOCTYPE html>\n<p>uno, dos</p>\n")]
    public void Markup_is_never_a_csv_even_with_commas(string text) =>
        EvidenceType.Detect(Stream(text)).Should().BeNull();

    [Fact]
    public void Prose_with_commas_is_not_a_table() =>
        EvidenceType.Detect(Stream("Estimados, adjunto el informe.\nSaludos cordiales\nEl gerente, de seguridad ciudadana\n")).Should().BeNull();

    [Theory]
    [InlineData("informe.hta", "informe.csv")]
    [InlineData("Acta de sesión 3.pdf.exe", "Acta de sesión 3.csv")]
    [InlineData("..\\..\\windows\\system32\\a.csv", "a.csv")]
    [InlineData("/etc/passwd", "passwd.csv")]
    [InlineData("\"; rm -rf ~.csv", "rm -rf.csv")]
    [InlineData(".bashrc", "bashrc.csv")]
    [InlineData("«».pdf", "evidencia.csv")]
    public void The_download_name_is_cleaned_and_ends_in_the_detected_type(string uploaded, string expected) =>
        EvidenceType.Csv.DownloadName(uploaded).Should().Be(expected);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
