using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>The regional compliance report (HTML preview and PDF) and the municipality sheet (PDF), printed by Chromium.</summary>
internal sealed class ReportPrinter(IPdfRenderer renderer) : IReportPrinter
{
    public string RegionalHtml(RegionalReport report, ReportStamp stamp) => RegionalReportHtml.Build(report, stamp);

    public async Task<PrintedReport> PrintRegionalAsync(RegionalReport report, ReportStamp stamp, CancellationToken cancellationToken)
    {
        var pdf = await renderer.RenderAsync(RegionalHtml(report, stamp), landscape: false, cancellationToken, footer: $"Reporte {stamp.Label}");
        return new PrintedReport(pdf, PdfPages.Count(pdf));
    }

    public async Task<PrintedReport> PrintSheetAsync(MunicipalityCompliance compliance, MunicipalitySheetExtras extras, DateTime generatedAt, CancellationToken cancellationToken)
    {
        var pdf = await renderer.RenderAsync(MunicipalitySheetHtml.Build(compliance, extras, generatedAt), landscape: false, cancellationToken);
        return new PrintedReport(pdf, PdfPages.Count(pdf));
    }
}
