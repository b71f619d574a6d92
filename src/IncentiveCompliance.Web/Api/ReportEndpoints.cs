using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Reports;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        api.MapPost("/regions/{code}/reports", async (string code, ReportBody? body, IMediator m, TimeProvider clock, CancellationToken ct) =>
            {
                var id = await m.Send(new RequestComplianceReport(code, Years.OrCurrent(body?.Year, clock)), ct);
                return Results.Json(new { id }, statusCode: StatusCodes.Status202Accepted);
            })
            .WithSummary("Pide el reporte de cumplimiento de la región (PDF); se genera en segundo plano");

        api.MapGet("/reports", (string region, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListComplianceReports(region, limit ?? PageSize.Default, cursor), ct))
            .WithSummary("Historial de reportes de una región (?region=08)");

        api.MapGet("/reports/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetComplianceReport(id), ct));

        api.MapPost("/reports/{id:guid}/retry", (Guid id, IMediator m, CancellationToken ct) => m.Send(new RetryComplianceReport(id), ct))
            .WithSummary("Vuelve a encolar un reporte fallido");

        api.MapGet("/reports/{id:guid}/file", async (Guid id, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new GetComplianceReportFile(id), ct);
            return Results.File(file.Content, "application/pdf", file.FileName);
        });

        api.MapGet("/regions/{code}/report-schedule", (string code, IMediator m, CancellationToken ct) => m.Send(new GetReportSchedule(code), ct));

        api.MapPut("/regions/{code}/report-schedule", (string code, ScheduleBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SaveReportSchedule(code, body.Frequency, body.DayOfMonth, body.DayOfWeek, body.Hour), ct))
            .WithSummary("Programa el reporte de la región en hora de Lima: {frequency: off}, {frequency: monthly, dayOfMonth: 1, hour: 7} o {frequency: weekly, dayOfWeek: monday, hour: 7}");

        api.MapGet("/municipalities/{ubigeo}/compliance-sheet", async (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
            {
                var sheet = await m.Send(new GetMunicipalitySheet(ubigeo, Years.OrCurrent(year, clock)), ct);
                return Results.File(sheet.Content, "application/pdf", sheet.FileName);
            })
            .WithSummary("Ficha de cumplimiento de una municipalidad en una página (PDF)");
    }

    public sealed record ReportBody(int? Year);

    public sealed record ScheduleBody(string? Frequency, int? DayOfMonth, string? DayOfWeek, int? Hour);
}
