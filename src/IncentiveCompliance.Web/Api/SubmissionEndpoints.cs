using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class SubmissionEndpoints
{
    public static void MapSubmissions(this RouteGroupBuilder api)
    {
        api.MapPost("/municipalities/{ubigeo}/requirements/{code}/submissions", async (string ubigeo, string code, int? year, HttpRequest request, IMediator m, TimeProvider clock, CancellationToken ct) =>
            {
                var form = await SubmissionForm.ReadAsync(request, ct);
                var created = await m.Send(form.ToRequest(ubigeo, Years.OrCurrent(year, clock), code), ct);
                return Results.Json(created, statusCode: StatusCodes.Status201Created);
            })
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(SubmissionForm.MaxRequestBytes), new UploadAccessAttribute(Upload.Evidence))
            .WithSummary("Registra un avance con evidencias (campos note, value, periodFrom, periodTo, evidenceDate, draft, files)");

        api.MapPost("/submissions/{id:guid}/send", (Guid id, IMediator m, CancellationToken ct) => m.Send(new SendDraft(id), ct));

        api.MapPost("/submissions/{id:guid}/review", (Guid id, ReviewBody body, IMediator m, CancellationToken ct) =>
            m.Send(new ReviewSubmission(id, body.Decision, body.Reason, body.CorrectionDueDate), ct));

        api.MapGet("/submissions/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetSubmission(id), ct));

        api.MapGet("/submissions/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new OpenEvidenceFile(id, fileId), ct);
            return Results.File(file.Content, file.ContentType, fileDownloadName: file.FileName);
        });

        api.MapGet("/regions/{code}/review-queue", (string code, string? province, string? status, DateOnly? dueBefore, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListReviewQueue(code, province, status, dueBefore, limit ?? PageSize.Default, cursor), ct));
    }

    public sealed record ReviewBody(string? Decision, string? Reason, DateOnly? CorrectionDueDate);
}
