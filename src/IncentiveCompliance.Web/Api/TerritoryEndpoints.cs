using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace IncentiveCompliance.Web.Api;

public static class TerritoryEndpoints
{
    public static void MapTerritory(this RouteGroupBuilder api)
    {
        api.MapGet("/regions", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListRegions(limit ?? PageSize.Default, cursor), ct));

        api.MapGet("/regions/{code}/municipalities", (string code, string? search, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListMunicipalities(code, search, limit ?? PageSize.Default, cursor), ct));

        api.MapGet("/municipalities/{ubigeo}", (string ubigeo, IMediator m, CancellationToken ct) =>
            m.Send(new GetMunicipality(ubigeo), ct));

        api.MapPut("/municipalities/{ubigeo}", (string ubigeo, MunicipalityChange body, IMediator m, CancellationToken ct) =>
            m.Send(new UpdateMunicipality(ubigeo, body.PiType, body.ExecutingUnitCode, body.Version), ct));

        api.MapPost("/municipalities/import", async (HttpRequest request, IMediator m, CancellationToken ct) =>
            {
                await using var content = await UploadedFile.OpenAsync(request, ct);
                return await m.Send(new ImportMunicipalities(content), ct);
            })
            .WithMetadata(new RequestSizeLimitAttribute(ImportMunicipalities.MaxBytes + UploadedFile.MultipartOverhead), new UploadAccessAttribute(Upload.Directory))
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Importa el directorio de ubigeos del INEI (todo o nada), campo multipart «file»");
    }

    public sealed record MunicipalityChange(string? PiType, string? ExecutingUnitCode, int Version);
}
