using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Documents;
using IncentiveCompliance.Documents.Reports;
using IncentiveCompliance.Infrastructure.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncentiveCompliance.UnitTests.Reports;

/// <summary>The document templates rendered as the application renders them, without a host.</summary>
internal static class TestDocuments
{
    public static readonly DocumentRenderer Renderer = new(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);

    public static Task<string> RegionalAsync(RegionalReport report) =>
        new ReportPrinter(new UnusedRenderer(), Renderer).RegionalHtmlAsync(report, ReportSamples.Stamp);

    public static Task<string> SheetAsync(int items) => SheetAsync(ReportSamples.Sheet(items));

    public static Task<string> SheetAsync((Core.Features.Compliance.MunicipalityCompliance Compliance, MunicipalitySheetExtras Extras) sheet) =>
        Renderer.RenderAsync<MunicipalitySheetDocument>(
            (nameof(MunicipalitySheetDocument.Municipality), sheet.Compliance),
            (nameof(MunicipalitySheetDocument.Extras), sheet.Extras),
            (nameof(MunicipalitySheetDocument.GeneratedAt), ReportSamples.GeneratedAt));
}
