using IncentiveCompliance.Core.Features.Home;
using IncentiveCompliance.Web.Api.Description;
using MediatR;

namespace IncentiveCompliance.Web.Api;

/// <summary>The figures of each role's home page («Inicio»), as the page shows them.</summary>
public static class HomeEndpoints
{
    public static void MapHome(this RouteGroupBuilder api)
    {
        var home = api.MapGroup("").WithTags(ApiTags.Home);
        home.MapGet("/municipalities/{ubigeo}/home", (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetMunicipalHome(ubigeo, Years.OrCurrent(year, clock)), ct))
            .WithName("GetMunicipalHome")
            .WithSummary("Lo que tiene por hacer el responsable de seguridad ciudadana de una municipalidad")
            .WithDescription($"El puntaje frente al mínimo y lo que falta para alcanzarlo (puntos y requisitos obligatorios sin aprobar); los requisitos sin enviar que vencen en los próximos {GetMunicipalHome.DueWithinDays} días; las observaciones por corregir con los días hábiles que quedan (las vencidas primero); las {GetMunicipalHome.LatestReviewCount} revisiones más recientes.");

        home.MapGet("/municipalities/{ubigeo}/budget/home", (string ubigeo, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetBudgetHome(ubigeo, Years.OrCurrent(year, clock)), ct))
            .WithName("GetBudgetHome")
            .WithSummary("Lo que tiene por hacer el responsable de presupuesto de una municipalidad")
            .WithDescription("Los meses ya cerrados con cifras del PP 0030 que esperan su revisión, y el devengado acumulado frente al ritmo esperado al cierre del último mes.");

        home.MapGet("/regions/{code}/home", (string code, int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetRegionalHome(code, Years.OrCurrent(year, clock)), ct))
            .WithName("GetRegionalHome")
            .WithSummary("Lo que tiene por hacer la Secretaría Técnica de una región")
            .WithDescription("Avances por revisar (cuántos y el más antiguo en días hábiles: la cola de revisión), correcciones vencidas, municipalidades por estado ahora y al cierre del mes anterior registrado, municipalidades con alguien capacitado, meses del PP 0030 sin revisar y el próximo reporte programado (UTC).");

        home.MapGet("/administration/home", (IMediator m, CancellationToken ct) => m.Send(new GetAdministrationHome(), ct))
            .WithName("GetAdministrationHome")
            .WithSummary("Lo que tiene por atender el administrador")
            .WithDescription($"Trabajos en segundo plano fallidos (el total y los {GetAdministrationHome.Shown} últimos de importación y de reportes, con su motivo), las últimas importaciones del presupuesto y las cuentas bloqueadas o deshabilitadas.");
    }
}
