using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Features.Submissions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace IncentiveCompliance.Web.Pages.Avances;

/// <summary>
/// An evidence file for a signed-in user whose scope covers it: downloaded as an attachment, or with <c>?ver=1</c>
/// shown in the browser when it is a PDF or an image.
/// </summary>
public sealed class ArchivoModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, [FromQuery(Name = "ver")] bool view, CancellationToken ct)
    {
        var file = await mediator.Send(new OpenEvidenceFile(id, fileId), ct);
        if (view && file.ShownInline)
        {
            Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("inline") { FileNameStar = file.FileName }.ToString();
            Response.Headers.ContentSecurityPolicy = InlinePolicy(file.ContentType);
            return File(file.Content, file.ContentType);
        }

        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// The browser's own viewer shows the file and nothing of it may load anything else. An image is also sandboxed (no
    /// origin, no script); a PDF cannot be: Chrome refuses to start its PDF viewer in a sandboxed document. It still runs
    /// in the viewer's own process, and the type is the one the bytes showed at upload, never HTML.
    /// </summary>
    private static string InlinePolicy(string contentType) =>
        contentType == EvidenceType.Pdf.ContentType
            ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
            : "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
}
