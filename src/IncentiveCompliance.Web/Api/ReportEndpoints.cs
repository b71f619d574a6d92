using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Web.Api.Description;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("").WithTags(ApiTags.Reports);
        reports.MapPost("/regions/{code}/reports", async (string code, ReportBody? body, IMediator m, TimeProvider clock, CancellationToken ct) =>
                Results.Json(new RecordId(await m.Send(new RequestComplianceReport(code, Years.OrCurrent(body?.Year, clock)), ct)), statusCode: StatusCodes.Status202Accepted))
            .Produces<RecordId>(StatusCodes.Status202Accepted)
            .WithName("RequestComplianceReport")
            .WithSummary("Pide el reporte de cumplimiento de la región (PDF)")
            .WithDescription("Se genera en segundo plano: responde 202 con el id del reporte; siga su estado con `GetComplianceReport` y descárguelo con `GetComplianceReportFile`. `year`: por defecto el actual.")
            .WithRequestExample(new ReportBody(2026));

        reports.MapGet("/reports", (string region, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListComplianceReports(region, limit ?? PageSize.Default, cursor), ct))
            .WithName("ListComplianceReports")
            .WithSummary("El historial de reportes de una región")
            .WithDescription("`region`: su código (por ejemplo `08`). Del más reciente al más antiguo, con su estado, páginas, tamaño y huella SHA-256.");

        reports.MapGet("/reports/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetComplianceReport(id), ct))
            .WithName("GetComplianceReport")
            .WithSummary("El estado de un reporte")
            .WithDescription("`queued`, `running`, `retrying` (falla pasajera, se reintenta), `succeeded` o `failed` (con su error); listo, trae la fecha de corte, las páginas y la huella del archivo.");

        reports.MapPost("/reports/{id:guid}/retry", (Guid id, IMediator m, CancellationToken ct) => m.Send(new RetryComplianceReport(id), ct))
            .ProducesConflict()
            .WithName("RetryComplianceReport")
            .WithSummary("Vuelve a encolar un reporte fallido")
            .WithDescription("Solo un reporte fallido (409 si no).");

        reports.MapGet("/reports/{id:guid}/file", async (Guid id, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetComplianceReportFile(id), ct);
                return Results.File(file.Content, ApiFiles.Pdf, file.FileName);
            })
            .ProducesFile(ApiFiles.Pdf)
            .ProducesConflict()
            .ProducesStorageUnavailable()
            .WithName("GetComplianceReportFile")
            .WithSummary("Descarga el PDF de un reporte")
            .WithDescription("409 mientras el reporte no tenga archivo (en cola, en curso o fallido).");

        reports.MapGet("/regions/{code}/report-schedule", (string code, IMediator m, CancellationToken ct) => m.Send(new GetReportSchedule(code), ct))
            .WithName("GetReportSchedule")
            .WithSummary("La programación del reporte de la región")
            .WithDescription("Frecuencia, día y hora (de Lima), y quién la cambió por última vez.");

        reports.MapPut("/regions/{code}/report-schedule", (string code, ScheduleBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SaveReportSchedule(code, body.Frequency, body.DayOfMonth, body.DayOfWeek, body.Hour), ct))
            .WithName("SaveReportSchedule")
            .WithSummary("Programa el reporte de la región")
            .WithDescription("En hora de Lima: `{frequency: off}`, `{frequency: monthly, dayOfMonth: 1..28, hour: 0..23}` o `{frequency: weekly, dayOfWeek: monday, hour: 7}`.")
            .WithRequestExample(new ScheduleBody("monthly", 1, null, 7));

        reports.MapGet("/municipalities/{ubigeo}/compliance-sheet", async (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
            {
                var sheet = await m.Send(new GetMunicipalitySheet(ubigeo, Years.OrCurrent(year, clock)), ct);
                return Results.File(sheet.Content, ApiFiles.Pdf, sheet.FileName);
            })
            .ProducesFile(ApiFiles.Pdf)
            .WithName("GetMunicipalitySheet")
            .WithSummary("La ficha de cumplimiento de una municipalidad (PDF de una página)")
            .WithDescription("Se genera al pedirla, con el estado de cada requisito a la fecha.");
    }

    public sealed record ReportBody(int? Year);

    public sealed record ScheduleBody(string? Frequency, int? DayOfMonth, string? DayOfWeek, int? Hour);
}
