using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Documents;
using IncentiveCompliance.Documents.Reports;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>The regional compliance report (HTML preview and PDF) and the municipality sheet (PDF): templates rendered to HTML, printed by Chromium.</summary>
internal sealed class ReportPrinter(IPdfRenderer renderer, DocumentRenderer documents) : IReportPrinter
{
    public Task<string> RegionalHtmlAsync(RegionalReport report, ReportStamp stamp) =>
        documents.RenderAsync<RegionalReportDocument>(
            (nameof(RegionalReportDocument.Report), report),
            (nameof(RegionalReportDocument.Stamp), stamp));

    public async Task<PrintedReport> PrintRegionalAsync(RegionalReport report, ReportStamp stamp, CancellationToken cancellationToken)
    {
        var pdf = await renderer.RenderAsync(await RegionalHtmlAsync(report, stamp), landscape: false, cancellationToken, footer: $"Reporte {stamp.Label}");
        return new PrintedReport(pdf, PdfPages.Count(pdf));
    }

    public async Task<PrintedReport> PrintSheetAsync(MunicipalityCompliance compliance, MunicipalitySheetExtras extras, DateTime generatedAt, CancellationToken cancellationToken)
    {
        var html = await documents.RenderAsync<MunicipalitySheetDocument>(
            (nameof(MunicipalitySheetDocument.Municipality), compliance),
            (nameof(MunicipalitySheetDocument.Extras), extras),
            (nameof(MunicipalitySheetDocument.GeneratedAt), generatedAt));
        var pdf = await renderer.RenderAsync(html, landscape: false, cancellationToken);
        return new PrintedReport(pdf, PdfPages.Count(pdf));
    }
}
