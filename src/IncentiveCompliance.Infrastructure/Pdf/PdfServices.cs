using IncentiveCompliance.Core.Common.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Pdf;

public static class PdfServices
{
    public static IServiceCollection AddPdfRendering(this IServiceCollection services) =>
        services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>()
            .AddSingleton<Core.Features.Training.IAttendanceCertificatePrinter, CertificatePrinter>()
            .AddSingleton<Core.Features.Reports.IReportPrinter, ReportPrinter>();
}
