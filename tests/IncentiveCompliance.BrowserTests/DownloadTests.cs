using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;

namespace IncentiveCompliance.BrowserTests;

/// <summary>The pages' downloads, streamed as the API's are: a person still gets the whole file.</summary>
public sealed class DownloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_downloads_the_matrix_and_the_audit_trail_from_the_pages()
    {
        var page = await browser.SignedInPageAsync("secretaria.tecnica@cusco.demo.pe");
        await page.GotoAsync("/Regiones/08/Cumplimiento");

        var csv = await Download(page, "Descargar matriz CSV");
        var xlsx = await Download(page, "Descargar matriz Excel");
        await page.GotoAsync("/Auditoria?region=08");
        var trail = await Download(page, "Descargar todo (CSV)");

        csv.Name.Should().EndWith(".csv");
        var lines = Encoding.UTF8.GetString(csv.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(117, "a header and the region's 116 municipalities");
        lines[0].Should().StartWith("\uFEFFubigeo,municipalidad");
        xlsx.Name.Should().EndWith(".xlsx");
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx.Content), false))
        {
            workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Should().HaveCount(117);
        }

        trail.Name.Should().Be("auditoria-08.csv");
        Encoding.UTF8.GetString(trail.Content).Should().StartWith("\uFEFFid,fecha_utc,usuario,accion");
    }

    private static async Task<(string Name, byte[] Content)> Download(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var content = new MemoryStream();
        await stream.CopyToAsync(content);
        return (download.SuggestedFilename, content.ToArray());
    }
}
