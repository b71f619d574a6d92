using FluentAssertions;
using IncentiveCompliance.Infrastructure.Pdf;
using IncentiveCompliance.TestSupport;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace IncentiveCompliance.UnitTests.Reports;

/// <summary>Prints through the server's Chromium (skipped where it or poppler-utils is missing) and reads the PDF back.</summary>
public sealed class ReportPrintingTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly ChromiumPdfRenderer renderer = new(new ConfigurationBuilder().Build());

    [Fact]
    public async Task Every_page_of_the_regional_report_carries_its_number_and_the_report_label()
    {
        SkipWithoutTools();

        var printed = await new ReportPrinter(renderer, TestDocuments.Renderer).PrintRegionalAsync(ReportSamples.Regional(), ReportSamples.Stamp, TestContext.Current.CancellationToken);

        var pages = await PdfText.PageTextsAsync(printed.Content);
        printed.Pages.Should().Be(await PdfText.PagesAsync(printed.Content)).And.Be(pages.Length).And.BeGreaterThanOrEqualTo(5, "cover, summary, table and two annexes");
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i].Should().Contain($"Reporte 0F1E2D3C4B5A · Página {i + 1} de {pages.Length}");
        }

        pages[0].Should().ContainEquivalentOf("Gobierno Regional Cusco");
        pages.Should().ContainSingle(p => p.Contains("Anexo: provincia de La Convención")).Which.Should().Contain("Echarati");
    }

    [Theory]
    [InlineData(6)]
    [InlineData(12)]
    public async Task The_municipality_sheet_fits_on_one_page(int items)
    {
        SkipWithoutTools();
        var (compliance, extras) = ReportSamples.Sheet(items);

        var printed = await new ReportPrinter(renderer, TestDocuments.Renderer).PrintSheetAsync(compliance, extras, ReportSamples.GeneratedAt, TestContext.Current.CancellationToken);

        printed.Pages.Should().Be(1);
        (await PdfText.PagesAsync(printed.Content)).Should().Be(1);
        var text = (await PdfText.PageTextsAsync(printed.Content)).Single();
        text.Should().Contain("Municipalidad Distrital de San Sebastián").And.Contain("<script>alert").And.Contain($"H{items}").And.Contain("Generado el 01/03/2026 22:30");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    private static void SkipWithoutTools() =>
        Assert.SkipUnless(File.Exists(Chromium) && PdfText.Installed, "Needs Debian's chromium and poppler-utils.");
}
