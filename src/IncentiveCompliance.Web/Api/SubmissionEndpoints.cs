using System.ComponentModel;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class SubmissionEndpoints
{
    public static void MapSubmissions(this RouteGroupBuilder api)
    {
        var submissions = api.MapGroup("").WithTags(ApiTags.Submissions);
        submissions.MapPost("/municipalities/{ubigeo}/requirements/{code}/submissions", async (string ubigeo, string code, int? year, HttpRequest request, IMediator m, TimeProvider clock, CancellationToken ct) =>
            {
                var form = await SubmissionForm.ReadAsync(request, ct);
                var created = await m.Send(form.ToRequest(ubigeo, Years.OrCurrent(year, clock), code), ct);
                return Results.Json(created, statusCode: StatusCodes.Status201Created);
            })
            .Accepts<SubmissionFields>("multipart/form-data")
            .Produces<SubmissionCreated>(StatusCodes.Status201Created)
            .ProducesConflict()
            .ProducesStorageUnavailable()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(SubmissionForm.MaxRequestBytes), new UploadAccessAttribute(Upload.Evidence))
            .WithName("SubmitProgress")
            .WithSummary("Registra un avance de un requisito, con sus evidencias")
            .WithDescription($"Formulario multipart. Hasta {SubmitProgress.MaxFiles} archivos (PDF, JPG, PNG, XLSX, DOCX o CSV, reconocidos por su contenido) y {SubmitProgress.MaxFileBytes / (1024 * 1024)} MB en total. Con `draft=true` queda como borrador; si no, pasa a revisión. 409 si el requisito ya tiene un avance en revisión o aprobado; 503 si el almacenamiento de archivos no responde (no se guarda nada).")
            .WithRequestExample(new SubmissionFields("Patrullaje integrado del mes con la PNP: 12 rondas.", 12m, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 2), false));

        submissions.MapPost("/submissions/{id:guid}/send", (Guid id, IMediator m, CancellationToken ct) => m.Send(new SendDraft(id), ct))
            .ProducesConflict()
            .WithName("SendDraft")
            .WithSummary("Envía a revisión un borrador")
            .WithDescription("El borrador pasa a la cola de revisión de la Secretaría Técnica de la región.");

        submissions.MapPost("/submissions/{id:guid}/review", (Guid id, ReviewBody body, IMediator m, HttpRequest request, CancellationToken ct) =>
                m.Send(new ReviewSubmission(id, body.Decision, body.Reason, body.CorrectionDueDate, EntityTags.IfMatch(request)), ct))
            .ProducesConflict()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("ReviewSubmission")
            .WithSummary("La Secretaría Técnica aprueba, observa o rechaza un avance enviado")
            .WithDescription($"`decision`: `approve`, `observe` (con `reason`; plazo de subsanación `correctionDueDate` o, sin él, {ReviewSubmission.DefaultCorrectionWorkingDays} días hábiles) o `reject` (con `reason`). Con `If-Match` (el `ETag` de `GetSubmission`) responde 412 si el avance cambió después de leerlo; dos revisiones a la vez: la segunda recibe 409.")
            .WithRequestExample(new ReviewBody("observe", "El acta no lleva la firma del alcalde; adjunte la versión firmada.", new DateOnly(2026, 7, 10)));

        submissions.MapGet("/submissions/{id:guid}", async (Guid id, IMediator m, HttpResponse response, CancellationToken ct) =>
            {
                var details = await m.Send(new GetSubmission(id), ct);
                EntityTags.Set(response, details.Version);
                return details;
            })
            .WithName("GetSubmission")
            .WithSummary("Un avance: contenido, evidencias e historial")
            .WithDescription("Trae `ETag` con su versión: envíelo en `If-Match` a `ReviewSubmission`.");

        submissions.MapGet("/submissions/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new OpenEvidenceFile(id, fileId), ct);
                return Results.File(file.Content, file.ContentType, fileDownloadName: file.FileName);
            })
            .ProducesEvidence()
            .ProducesStorageUnavailable()
            .WithName("OpenEvidenceFile")
            .WithSummary("Descarga un archivo de evidencia de un avance")
            .WithDescription("Con el tipo con que se reconoció al subirlo y el nombre que le dio quien lo subió.");

        submissions.MapGet("/regions/{code}/review-queue", (string code, string? province, string? status, DateOnly? dueBefore, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListReviewQueue(code, province, status, dueBefore, limit ?? PageSize.Default, cursor), ct))
            .WithName("ListReviewQueue")
            .WithSummary("La cola de revisión de la región")
            .WithDescription("Avances por estado (`submitted` si no se indica), de una provincia (`province`, 4 dígitos) o con plazo hasta `dueBefore`.");
    }

    public sealed record ReviewBody(string? Decision, string? Reason, DateOnly? CorrectionDueDate);

    /// <summary>The fields of the submission form, as the API's description shows them (<see cref="SubmissionForm"/> reads them).</summary>
    public sealed record SubmissionFields(
        [property: Description("Qué se hizo, en palabras (hasta 4000 caracteres).")] string? Note = null,
        [property: Description("El valor del indicador, en los requisitos que se miden con un número.")] decimal? Value = null,
        [property: Description("Primer día del periodo que cubre la evidencia (AAAA-MM-DD).")] DateOnly? PeriodFrom = null,
        [property: Description("Último día de ese periodo.")] DateOnly? PeriodTo = null,
        [property: Description("La fecha de la evidencia misma.")] DateOnly? EvidenceDate = null,
        [property: Description("true: queda como borrador; false o ausente: pasa a revisión.")] bool? Draft = null,
        [property: Description("Los archivos de evidencia.")] IReadOnlyList<IFormFile>? Files = null);
}
