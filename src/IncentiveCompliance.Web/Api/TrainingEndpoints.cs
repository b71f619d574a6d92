using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class TrainingEndpoints
{
    public static void MapTrainings(this RouteGroupBuilder api)
    {
        api.MapPost("/trainings", async (TrainingBody body, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(new CreateTrainingEvent(body.RegionCode ?? "", body.Fields()), ct);
            return Results.Json(new { id }, statusCode: StatusCodes.Status201Created);
        });

        api.MapGet("/trainings", (string? region, int? year, int? limit, string? cursor, HttpRequest http, IMediator m, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListTrainingEvents(region ?? user.Scope?.RegionCode ?? "", Years.OrCurrent(year, clock), limit ?? PageSize.Default, cursor), ct));

        api.MapGet("/trainings/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetTrainingEvent(id), ct));

        api.MapPut("/trainings/{id:guid}", async (Guid id, TrainingBody body, IMediator m, CancellationToken ct) =>
            new { id = await m.Send(new UpdateTrainingEvent(id, body.Fields()), ct) });

        api.MapPost("/trainings/{id:guid}/participants", (Guid id, AttendeeBody body, IMediator m, CancellationToken ct) =>
            m.Send(new RegisterAttendee(id, body.Row()), ct));

        api.MapPost("/trainings/{id:guid}/attendance", async (Guid id, HttpRequest request, IMediator m, CancellationToken ct) =>
            {
                await using var content = await UploadedFile.OpenAsync(request, ct);
                return await m.Send(new ImportAttendance(id, content), ct);
            })
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportAttendance.MaxBytes + UploadedFile.MultipartOverhead), new UploadAccessAttribute(Upload.Attendance))
            .WithSummary("Importa una hoja de asistencia CSV o XLSX (DNI, nombres y apellidos, ubigeo, cargo, asistió)");

        api.MapGet("/trainings/{id:guid}/certificates/{attendeeId:guid}", async (Guid id, Guid attendeeId, IMediator m, CancellationToken ct) =>
            {
                var certificate = await m.Send(new GetAttendanceCertificate(id, attendeeId), ct);
                return Results.File(certificate.Content, "application/pdf", certificate.FileName);
            })
            .WithSummary("Constancia de asistencia en PDF de una persona que asistió (por el id del asistente, nunca por su DNI)");

        api.MapGet("/regions/{code}/training-coverage", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new GetTrainingCoverage(code, Years.OrCurrent(year, clock)), ct));

        api.MapGet("/municipalities/{ubigeo}/trainings", (string ubigeo, int? year, int? limit, string? cursor, HttpRequest http, IMediator m, TimeProvider clock, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new GetMunicipalityTrainings(ubigeo, Years.OrCurrent(year, clock), limit ?? PageSize.Default, cursor), ct));
    }

    public sealed record TrainingBody(string? RegionCode, string? Title, string? Topics, DateOnly Date, decimal Hours, string? Modality, string? Place,
        string? Organiser, IReadOnlyList<string>? TargetPositions, IReadOnlyList<string>? RequirementCodes)
    {
        public TrainingEventFields Fields() => new(Title, Topics, Date, Hours, Modality, Place, Organiser, TargetPositions, RequirementCodes);
    }

    public sealed record AttendeeBody(string? Dni, string? FullName, string? Ubigeo, string? Position, string? Email, string? Phone, bool? Attended, decimal? HoursAttended)
    {
        public AttendeeRow Row() => new(Dni?.Trim() ?? "", FullName?.Trim() ?? "", Ubigeo?.Trim() ?? "", Positions.Parse(Position), Email, Phone,
            Attended switch { true => AttendanceStatus.Attended, false => AttendanceStatus.Absent, null => AttendanceStatus.Registered }, HoursAttended);
    }
}
