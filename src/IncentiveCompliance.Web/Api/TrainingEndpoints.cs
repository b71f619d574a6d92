using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class TrainingEndpoints
{
    public static void MapTrainings(this RouteGroupBuilder api)
    {
        var trainings = api.MapGroup("").WithTags(ApiTags.Trainings);
        MapEvents(trainings);
        MapAttendance(trainings);
    }

    /// <summary>The trainings themselves.</summary>
    private static void MapEvents(RouteGroupBuilder trainings)
    {
        trainings.MapPost("/trainings", async (TrainingBody body, IMediator m, CancellationToken ct) =>
                Results.Json(new RecordId(await m.Send(new CreateTrainingEvent(body.RegionCode ?? "", body.Fields()), ct)), statusCode: StatusCodes.Status201Created))
            .Produces<RecordId>(StatusCodes.Status201Created)
            .WithName("CreateTrainingEvent")
            .WithSummary("Registra una capacitación de la región")
            .WithDescription("Título, temas, fecha, horas, modalidad (`in_person`, `virtual`), lugar, organizador, los cargos a los que se dirige y los requisitos del programa que ayuda a cumplir.")
            .WithRequestExample(new TrainingBody("08", "Formulación del Plan Local de Seguridad Ciudadana 2027", "Diagnóstico, mapa del delito, matriz de actividades",
                new DateOnly(2026, 8, 14), 4m, "in_person", "Auditorio del Gobierno Regional del Cusco", "Secretaría Técnica del CORESEC Cusco",
                ["security_manager", "commitment_officer"], ["H1"]));

        trainings.MapGet("/trainings", (string? region, int? year, int? limit, string? cursor, HttpRequest http, IMediator m, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListTrainingEvents(region ?? user.Scope?.RegionCode ?? "", Years.OrCurrent(year, clock), limit ?? PageSize.Default, cursor), ct))
            .WithName("ListTrainingEvents")
            .WithSummary("Las capacitaciones de una región en un año")
            .WithDescription("`region`: por defecto la de quien llama; `year`: por defecto el actual. Con inscritos y asistentes de cada una.");

        trainings.MapGet("/trainings/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetTrainingEvent(id), ct))
            .WithName("GetTrainingEvent")
            .WithSummary("Una capacitación con sus participantes")
            .WithDescription("Solo la Secretaría de la región y los administradores: los participantes con su DNI, municipalidad, cargo, contacto (datos personales, Ley 29733) y asistencia.");

        trainings.MapPut("/trainings/{id:guid}", async (Guid id, TrainingBody body, IMediator m, CancellationToken ct) =>
                new RecordId(await m.Send(new UpdateTrainingEvent(id, body.Fields()), ct)))
            .WithName("UpdateTrainingEvent")
            .WithSummary("Corrige los datos de una capacitación")
            .WithDescription("Los mismos campos que al registrarla; `regionCode` no cambia.");
    }

    /// <summary>Who came: registration, sheets, certificates and what the municipalities' staff attended.</summary>
    private static void MapAttendance(RouteGroupBuilder trainings)
    {
        trainings.MapPost("/trainings/{id:guid}/participants", (Guid id, AttendeeBody body, IMediator m, CancellationToken ct) =>
                m.Send(new RegisterAttendee(id, body.Row()), ct))
            .WithName("RegisterAttendee")
            .WithSummary("Inscribe a una persona o actualiza su asistencia")
            .WithDescription("Una persona figura una vez por capacitación, por su DNI. `attended`: true asistió, false no asistió, ausente: inscrita.")
            .WithRequestExample(new AttendeeBody("41234567", "Juan Carlos Mamani Condori", "080108", "security_manager", "jmamani@muniwanchaq.gob.pe", null, true, 4m));

        trainings.MapPost("/trainings/{id:guid}/attendance", async (Guid id, HttpRequest request, IMediator m, CancellationToken ct) =>
            {
                await using var content = await UploadedFile.OpenAsync(request, ct);
                return await m.Send(new ImportAttendance(id, content), ct);
            })
            .Accepts<FileUpload>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportAttendance.MaxBytes + UploadedFile.MultipartOverhead), new UploadAccessAttribute(Upload.Attendance))
            .WithName("ImportAttendance")
            .WithSummary("Importa una hoja de asistencia CSV o XLSX")
            .WithDescription("Columnas: DNI, nombres y apellidos, ubigeo, cargo, asistió. Las filas válidas se registran; las demás vuelven con su línea y su motivo.");

        trainings.MapGet("/trainings/{id:guid}/certificates/{attendeeId:guid}", async (Guid id, Guid attendeeId, IMediator m, CancellationToken ct) =>
            {
                var certificate = await m.Send(new GetAttendanceCertificate(id, attendeeId), ct);
                return Results.File(certificate.Content, ApiFiles.Pdf, certificate.FileName);
            })
            .ProducesFile(ApiFiles.Pdf)
            .ProducesConflict()
            .WithName("GetAttendanceCertificate")
            .WithSummary("Constancia de asistencia en PDF")
            .WithDescription("Por el id del participante, nunca por su DNI; solo para quien asistió (409 si no).");

        trainings.MapGet("/regions/{code}/training-coverage", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetTrainingCoverage(code, Years.OrCurrent(year, clock)), ct))
            .WithName("GetTrainingCoverage")
            .WithSummary("La cobertura de capacitación de las municipalidades de una región")
            .WithDescription("Por municipalidad: cuántas personas asistieron, qué cargos cubren y si está cubierta (alguien asistió a una capacitación ligada a cada requisito de capacitación del año).");

        trainings.MapGet("/municipalities/{ubigeo}/trainings", (string ubigeo, int? year, int? limit, string? cursor, HttpRequest http, IMediator m, TimeProvider clock, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new GetMunicipalityTrainings(ubigeo, Years.OrCurrent(year, clock), limit ?? PageSize.Default, cursor), ct))
            .WithName("GetMunicipalityTrainings")
            .WithSummary("Las capacitaciones a las que asistió el personal de una municipalidad")
            .WithDescription("Nombres y cargos, sin DNI ni datos de contacto.");
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
