using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace IncentiveCompliance.Web.Api;

public static class TerritoryEndpoints
{
    public static void MapTerritory(this RouteGroupBuilder api)
    {
        var territory = api.MapGroup("").WithTags(ApiTags.Territory);
        territory.MapGet("/regions", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListRegions(limit ?? PageSize.Default, cursor), ct))
            .WithName("ListRegions")
            .WithSummary("Las regiones que alcanza quien llama")
            .WithDescription("Código de región (2 dígitos del ubigeo) y nombre; un usuario regional o municipal ve solo la suya.");

        territory.MapGet("/regions/{code}/municipalities", (string code, string? search, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListMunicipalities(code, search, limit ?? PageSize.Default, cursor), ct))
            .WithName("ListMunicipalities")
            .WithSummary("Municipalidades de una región")
            .WithDescription("Provinciales y distritales, con su tipo del PI; `search` filtra por nombre o provincia (sin distinguir tildes ni mayúsculas) o por el comienzo del ubigeo.");

        territory.MapGet("/municipalities/{ubigeo}", async (string ubigeo, IMediator m, HttpResponse response, CancellationToken ct) =>
            {
                var details = await m.Send(new GetMunicipality(ubigeo), ct);
                EntityTags.Set(response, details.Version);
                return details;
            })
            .WithName("GetMunicipality")
            .WithSummary("Una municipalidad y sus datos de gestión")
            .WithDescription("Trae `ETag` con su versión: envíelo en `If-Match` a `UpdateMunicipality`.");

        territory.MapPut("/municipalities/{ubigeo}", async (string ubigeo, MunicipalityChange body, IMediator m, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var details = await m.Send(new UpdateMunicipality(ubigeo, body.PiType, body.ExecutingUnitCode, EntityTags.IfMatch(request) ?? body.Version), ct);
                EntityTags.Set(response, details.Version);
                return details;
            })
            .ProducesConflict()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithName("UpdateMunicipality")
            .WithSummary("Cambia el tipo del PI y la unidad ejecutora del SIAF de una municipalidad")
            .WithDescription("Nombre la versión leída en `If-Match` (el `ETag` de `GetMunicipality`; 412 si otra persona la cambió antes) o en el campo `version` (409 en ese caso). El tipo cambia el puntaje de la municipalidad.")
            .WithRequestExample(new MunicipalityChange("B", "301234", null));

        territory.MapPost("/municipalities/import", async (HttpRequest request, IMediator m, CancellationToken ct) =>
            {
                await using var content = await UploadedFile.OpenAsync(request, ct);
                return await m.Send(new ImportMunicipalities(content), ct);
            })
            .WithMetadata(new RequestSizeLimitAttribute(ImportMunicipalities.MaxBytes + UploadedFile.MultipartOverhead), new UploadAccessAttribute(Upload.Directory))
            .Accepts<FileUpload>("multipart/form-data")
            .WithName("ImportMunicipalities")
            .WithSummary("Importa el directorio de ubigeos del INEI")
            .WithDescription("Archivo CSV en el campo multipart `file`. Todo o nada: si una fila no se lee, nada se importa y `rows` dice cuáles y por qué.");
    }

    /// <param name="Version">The version read, when the request does not name it in If-Match.</param>
    public sealed record MunicipalityChange(string? PiType, string? ExecutingUnitCode, int? Version);
}
