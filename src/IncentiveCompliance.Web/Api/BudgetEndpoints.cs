using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace IncentiveCompliance.Web.Api;

public static class BudgetEndpoints
{
    public static void MapBudget(this RouteGroupBuilder api)
    {
        api.MapPost("/budget/imports", async (int? year, HttpRequest request, IMediator m, TimeProvider clock, CancellationToken ct) =>
            {
                var id = await StreamedUpload.ReadAsync(request,
                    (name, content) => m.Send(new RequestBudgetImport(Years.OrCurrent(year, clock), name, content), ct), ct);
                return Results.Json(new { id }, statusCode: StatusCodes.Status202Accepted);
            })
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(RequestBudgetImport.MaxBytes + UploadedFile.MultipartOverhead), new UploadAccessAttribute(Upload.Budget))
            .WithSummary("Sube el archivo de ejecución del gasto del MEF (CSV o ZIP, hasta 8 GB) y encola su importación");

        api.MapGet("/budget/imports", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListBudgetImports(limit ?? PageSize.Default, cursor), ct));

        api.MapGet("/budget/imports/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetBudgetImport(id), ct))
            .WithSummary("Estado y progreso de una importación");

        api.MapPost("/budget/imports/{id:guid}/retry", (Guid id, IMediator m, CancellationToken ct) => m.Send(new RetryBudgetImport(id), ct))
            .WithSummary("Vuelve a encolar una importación fallida con el archivo que se conserva (Budget__KeepFailedUploadsDays días)");

        api.MapGet("/municipalities/{ubigeo}/budget", (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new GetMunicipalityBudget(ubigeo, Years.OrCurrent(year, clock)), ct));

        api.MapGet("/municipalities/{ubigeo}/budget/export", async (string ubigeo, int? year, string? format, IMediator m, TimeProvider clock, CancellationToken ct) =>
            TableFile.Download(await m.Send(new ExportMunicipalityBudget(ubigeo, Years.OrCurrent(year, clock)), ct), format));

        api.MapPut("/municipalities/{ubigeo}/budget/reviews/{month:int}", (string ubigeo, int month, int? year, ReviewBody body, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new ReviewBudgetMonth(ubigeo, Years.OrCurrent(year, clock), month, body.Justification), ct))
            .WithSummary("El responsable de presupuesto da por revisado un mes, con su justificación si va por debajo del ritmo esperado");

        api.MapGet("/regions/{code}/budget", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new GetRegionBudget(code, Years.OrCurrent(year, clock)), ct));

        api.MapGet("/regions/{code}/budget/export", async (string code, int? year, string? format, IMediator m, TimeProvider clock, CancellationToken ct) =>
            TableFile.Download(await m.Send(new ExportRegionBudget(code, Years.OrCurrent(year, clock)), ct), format));
    }

    public sealed record ReviewBody(string? Justification);
}
