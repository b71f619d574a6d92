using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

/// <summary>The public ranking: published by a region's secretariat, read by anyone without a token.</summary>
public static class TransparencyEndpoints
{
    public static void MapTransparency(this RouteGroupBuilder api)
    {
        var transparency = api.MapGroup("").WithTags(ApiTags.Transparency);
        transparency.MapPut("/regions/{code}/publication", (string code, PublicationBody body, IMediator m, CancellationToken ct) =>
                m.Send(new PublishRanking(code, body.Published), ct))
            .WithName("PublishRanking")
            .WithSummary("Publica o retira el ranking de cumplimiento de la región")
            .WithDescription("`{published: true}` publica el ranking en /transparencia y en `GetPublicRanking`, sin inicio de sesión; `{published: false}` lo retira en el acto en el servidor que lo recibe (en los demás, en minutos; navegadores y proxies pueden guardar una respuesta hasta 60 s). Responde el estado nuevo y desde cuándo está publicado (hora de Lima). Solo la Secretaría Técnica de la región y los administradores.")
            .WithRequestExample(new PublicationBody(true));

        var open = transparency.MapGroup("/public").AllowAnonymous().RequireRateLimiting(PublicTraffic.Policy).CacheOutput(PublicTraffic.Policy);
        open.MapGet("/regions", (IMediator m, HttpResponse response, CancellationToken ct) =>
            {
                PublicTraffic.Cacheable(response);
                return m.Send(new ListPublishedRegions(), ct);
            })
            .WithName("ListPublishedRegions")
            .WithSummary("Las regiones que publican su ranking de cumplimiento")
            .WithDescription("Sin token. Código, nombre y desde cuándo publica cada una (hora de Lima).");

        open.MapGet("/regions/{code}/ranking", (string code, int? year, IMediator m, HttpResponse response, TimeProvider clock, CancellationToken ct) =>
            {
                PublicTraffic.Cacheable(response);
                return m.Send(new GetPublicRanking(code, Years.OrCurrent(year, clock)), ct);
            })
            .WithName("GetPublicRanking")
            .WithSummary("El ranking de cumplimiento publicado de una región")
            .WithDescription("Sin token. Por municipalidad: puesto, ubigeo, nombre, provincia, estado, puntaje (y máximo), ejecución PP 0030 (devengado/PIM, en %) y personas capacitadas; además la fecha de corte (cuándo se calcularon las cifras, hora de Lima; se recalculan cada 5 minutos) y desde cuándo se publica. 404 si la región no publica su ranking. Ningún dato personal.");

        open.MapGet("/regions/{code}/ranking/export", async (string code, int? year, string? format, IMediator m, HttpResponse response, TimeProvider clock, CancellationToken ct) =>
            {
                var table = await m.Send(new ExportPublicRanking(code, Years.OrCurrent(year, clock)), ct);
                PublicTraffic.Cacheable(response);
                return TableFile.Of(table, format);
            })
            .ProducesTable()
            .WithName("ExportPublicRanking")
            .WithSummary("El ranking publicado de una región como archivo")
            .WithDescription("Sin token. Las mismas filas que `GetPublicRanking`, en CSV (UTF-8) o, con `format=xlsx`, Excel. 404 si la región no publica su ranking.");
    }

    public sealed record PublicationBody(bool? Published);
}
