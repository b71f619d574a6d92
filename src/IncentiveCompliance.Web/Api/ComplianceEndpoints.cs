using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Presentation;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class ComplianceEndpoints
{
    public static void MapCompliance(this RouteGroupBuilder api)
    {
        var compliance = api.MapGroup("").WithTags(ApiTags.Compliance);
        compliance.MapGet("/municipalities/{ubigeo}/compliance", (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetMunicipalityCompliance(ubigeo, Years.OrCurrent(year, clock)), ct))
            .WithName("GetMunicipalityCompliance")
            .WithSummary("El cumplimiento de una municipalidad en un año")
            .WithDescription("Cada requisito del catálogo que le corresponde según su tipo, con su estado, su último avance y su plazo; el puntaje y el estado general. `year`: el año del programa (por defecto, el actual en Lima).");

        compliance.MapGet("/regions/{code}/compliance", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetRegionCompliance(code, Years.OrCurrent(year, clock)), ct))
            .WithName("GetRegionCompliance")
            .WithSummary("El cumplimiento de todas las municipalidades de una región")
            .WithDescription("Una fila por municipalidad con su puntaje y estado, y los totales de la región.");

        compliance.MapGet("/regions/{code}/compliance/history", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetRegionStatusHistory(code, Years.OrCurrent(year, clock)), ct))
            .WithName("GetRegionStatusHistory")
            .WithSummary("Las municipalidades de una región por estado al cierre de cada mes")
            .WithDescription("Un elemento por mes registrado del año del programa (el trabajo de cierre de mes anota el estado de cada municipalidad), del más antiguo al más reciente; el mes en curso se lee en `/regions/{code}/compliance`.");

        compliance.MapGet("/regions/{code}/compliance/export", async (string code, int? year, string? format, IMediator m, TimeProvider clock, CancellationToken ct) =>
                TableFile.Of(await m.Send(new ExportComplianceMatrix(code, Years.OrCurrent(year, clock)), ct), format))
            .ProducesTable()
            .WithName("ExportComplianceMatrix")
            .WithSummary("La matriz de cumplimiento de la región como archivo")
            .WithDescription("Municipalidades por requisitos, entera; CSV (UTF-8) o, con `format=xlsx`, Excel.");

        compliance.MapGet("/regions/{code}/audit", (string code, string? ubigeo, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListAuditTrail(code, ubigeo, limit ?? PageSize.Default, cursor), ct))
            .WithName("ListAuditTrail")
            .WithSummary("La bitácora de auditoría de la región")
            .WithDescription("Quién hizo qué y cuándo, con el antes y el después, de la más reciente a la más antigua; `ubigeo` la limita a una municipalidad.");

        compliance.MapGet("/regions/{code}/audit/export", async (string code, string? format, IMediator m, CancellationToken ct) =>
                TableFile.Of(await m.Send(new ExportAuditTrail(code), ct), format))
            .ProducesTable()
            .WithName("ExportAuditTrail")
            .WithSummary("La bitácora de la región, entera, como archivo")
            .WithDescription("CSV o, con `format=xlsx`, Excel. La descarga queda registrada en la misma bitácora (lleva correos).");

        compliance.MapGet("/security/events", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListSecurityEvents(limit ?? PageSize.Default, cursor), ct))
            .WithName("ListSecurityEvents")
            .WithSummary("Eventos de seguridad: ingresos, fallos, salidas y cambios de cuentas")
            .WithDescription("Solo administradores; del más reciente al más antiguo.");

        compliance.MapGet("/security/events/export", async (string? format, IMediator m, CancellationToken ct) =>
                TableFile.Of(await m.Send(new ExportSecurityEvents(), ct), format))
            .ProducesTable()
            .WithName("ExportSecurityEvents")
            .WithSummary("Los eventos de seguridad, enteros, como archivo")
            .WithDescription("Solo administradores. CSV o, con `format=xlsx`, Excel.");
    }
}
