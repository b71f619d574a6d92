using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Web.Presentation;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class ComplianceEndpoints
{
    public static void MapCompliance(this RouteGroupBuilder api)
    {
        api.MapGet("/municipalities/{ubigeo}/compliance", (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new GetMunicipalityCompliance(ubigeo, Years.OrCurrent(year, clock)), ct));

        api.MapGet("/regions/{code}/compliance", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new GetRegionCompliance(code, Years.OrCurrent(year, clock)), ct));

        api.MapGet("/regions/{code}/compliance/export", async (string code, int? year, string? format, IMediator m, TimeProvider clock, CancellationToken ct) =>
            TableFile.Download(await m.Send(new ExportComplianceMatrix(code, Years.OrCurrent(year, clock)), ct), format));

        api.MapGet("/regions/{code}/audit", (string code, string? ubigeo, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListAuditTrail(code, ubigeo, limit ?? PageSize.Default, cursor), ct));

        api.MapGet("/regions/{code}/audit/export", async (string code, string? format, IMediator m, CancellationToken ct) =>
            TableFile.Download(await m.Send(new ExportAuditTrail(code), ct), format));

        api.MapGet("/security/events", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListSecurityEvents(limit ?? PageSize.Default, cursor), ct))
            .WithSummary("Eventos de seguridad (ingresos, fallos, salidas, cuentas): solo administradores");

        api.MapGet("/security/events/export", async (string? format, IMediator m, CancellationToken ct) =>
            TableFile.Download(await m.Send(new ExportSecurityEvents(), ct), format));
    }
}
