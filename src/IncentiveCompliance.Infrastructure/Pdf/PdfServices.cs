using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Pdf;

public static class PdfServices
{
    /// <summary>Chromium, the document templates' renderer and the printers that join them; needs logging registered.</summary>
    public static IServiceCollection AddPdfRendering(this IServiceCollection services) =>
        services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>()
            .AddSingleton<DocumentRenderer>()
            .AddSingleton<Core.Features.Training.IAttendanceCertificatePrinter, CertificatePrinter>()
            .AddSingleton<Core.Features.Reports.IReportPrinter, ReportPrinter>();
}
