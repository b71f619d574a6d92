using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Documents;
using IncentiveCompliance.Documents.Training;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>The attendance certificate: its template rendered to HTML, printed by Chromium on one A4 landscape page.</summary>
internal sealed class CertificatePrinter(IPdfRenderer renderer, DocumentRenderer documents) : IAttendanceCertificatePrinter
{
    public async Task<byte[]> PrintAsync(AttendanceCertificate c, CancellationToken cancellationToken)
    {
        var html = await documents.RenderAsync<AttendanceCertificateDocument>((nameof(AttendanceCertificateDocument.Certificate), c));
        return await renderer.RenderAsync(html, landscape: true, cancellationToken);
    }
}
