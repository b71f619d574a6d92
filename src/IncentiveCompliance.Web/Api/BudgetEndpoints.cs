using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace IncentiveCompliance.Web.Api;

public static class BudgetEndpoints
{
    public static void MapBudget(this RouteGroupBuilder api)
    {
        var budget = api.MapGroup("").WithTags(ApiTags.Budget);
        MapImports(budget);
        MapExecution(budget);
    }

    /// <summary>The MEF's files coming in.</summary>
    private static void MapImports(RouteGroupBuilder budget)
    {
        budget.MapPost("/budget/imports", async (int? year, HttpRequest request, IMediator m, TimeProvider clock, CancellationToken ct) =>
            {
                var id = await StreamedUpload.ReadAsync(request,
                    (name, content) => m.Send(new RequestBudgetImport(Years.OrCurrent(year, clock), name, content), ct), ct);
                return Results.Json(new RecordId(id), statusCode: StatusCodes.Status202Accepted);
            })
            .Accepts<FileUpload>("multipart/form-data")
            .Produces<RecordId>(StatusCodes.Status202Accepted)
            .ProducesStorageUnavailable()
            .WithMetadata(new RequestSizeLimitAttribute(RequestBudgetImport.MaxBytes + UploadedFile.MultipartOverhead), new UploadAccessAttribute(Upload.Budget))
            .WithName("RequestBudgetImport")
            .WithSummary("Sube el archivo de ejecución del gasto del MEF y encola su importación")
            .WithDescription("CSV o ZIP de los datos abiertos del MEF, hasta 8 GB, en el campo multipart `file`; se lee mientras llega, sin guardarlo entero en memoria. Responde 202 con el id de la importación: siga su avance con `GetBudgetImport`.");

        budget.MapGet("/budget/imports", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListBudgetImports(limit ?? PageSize.Default, cursor), ct))
            .WithName("ListBudgetImports")
            .WithSummary("Las importaciones de ejecución presupuestal")
            .WithDescription("De la más reciente a la más antigua, con su estado y su avance.");

        budget.MapGet("/budget/imports/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetBudgetImport(id), ct))
            .WithName("GetBudgetImport")
            .WithSummary("Estado y avance de una importación")
            .WithDescription("Filas leídas, filas del programa 0030 guardadas y las omitidas por motivo; el error si falló.");

        budget.MapPost("/budget/imports/{id:guid}/retry", (Guid id, IMediator m, CancellationToken ct) => m.Send(new RetryBudgetImport(id), ct))
            .ProducesConflict()
            .WithName("RetryBudgetImport")
            .WithSummary("Vuelve a encolar una importación fallida")
            .WithDescription("Con el archivo que se conserva (Budget__KeepFailedUploadsDays días); 409 si la importación no falló o su archivo ya no está.");
    }

    /// <summary>The execution as the municipalities and the region read it.</summary>
    private static void MapExecution(RouteGroupBuilder budget)
    {
        budget.MapGet("/municipalities/{ubigeo}/budget", (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetMunicipalityBudget(ubigeo, Years.OrCurrent(year, clock)), ct))
            .WithName("GetMunicipalityBudget")
            .WithSummary("La ejecución del PP 0030 de una municipalidad en un año")
            .WithDescription("PIA, PIM, certificación, compromiso, devengado y girado, por producto, por actividad y por mes, con la ejecución (`avance`: devengado / PIM) y las revisiones mensuales.");

        budget.MapGet("/municipalities/{ubigeo}/budget/export", async (string ubigeo, int? year, string? format, IMediator m, TimeProvider clock, CancellationToken ct) =>
                TableFile.Of(await m.Send(new ExportMunicipalityBudget(ubigeo, Years.OrCurrent(year, clock)), ct), format))
            .ProducesTable()
            .WithName("ExportMunicipalityBudget")
            .WithSummary("La ejecución de una municipalidad como archivo")
            .WithDescription("CSV o, con `format=xlsx`, Excel.");

        budget.MapPut("/municipalities/{ubigeo}/budget/reviews/{month:int}", (string ubigeo, int month, int? year, MonthReviewBody body, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new ReviewBudgetMonth(ubigeo, Years.OrCurrent(year, clock), month, body.Justification), ct))
            .WithName("ReviewBudgetMonth")
            .WithSummary("Da por revisado un mes de la ejecución")
            .WithDescription("El responsable de presupuesto de la municipalidad; si la ejecución va por debajo del ritmo esperado, `justification` es obligatoria.")
            .WithRequestExample(new MonthReviewBody("El devengado de serenazgo se registra en julio, al recibir los vehículos."));

        budget.MapGet("/regions/{code}/budget", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetRegionBudget(code, Years.OrCurrent(year, clock)), ct))
            .WithName("GetRegionBudget")
            .WithSummary("La ejecución del PP 0030 de las municipalidades de una región")
            .WithDescription("Una fila por municipalidad con sus montos y su ejecución, y los totales de la región.");

        budget.MapGet("/regions/{code}/budget/export", async (string code, int? year, string? format, IMediator m, TimeProvider clock, CancellationToken ct) =>
                TableFile.Of(await m.Send(new ExportRegionBudget(code, Years.OrCurrent(year, clock)), ct), format))
            .ProducesTable()
            .WithName("ExportRegionBudget")
            .WithSummary("La ejecución de la región como archivo")
            .WithDescription("CSV o, con `format=xlsx`, Excel.");
    }

    public sealed record MonthReviewBody(string? Justification);
}
