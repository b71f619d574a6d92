using IncentiveCompliance.Core.Features.National;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Presentation;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class NationalEndpoints
{
    public static void MapNational(this RouteGroupBuilder api)
    {
        var national = api.MapGroup("/national").WithTags(ApiTags.National);
        national.MapGet("/compliance", (int? year, IMediator m, TimeProvider clock, CancellationToken ct) =>
                m.Send(new GetNationalCompliance(Years.OrCurrent(year, clock)), ct))
            .WithName("GetNationalCompliance")
            .WithSummary("El cumplimiento de todas las regiones del país")
            .WithDescription("Una fila por región: municipalidades, cuántas cumplen, van en camino, están en riesgo o no cumplen, el puntaje promedio, "
                + "los avances por revisar, la ejecución del PP 0030 (`execution`: devengado / PIM del año, en porcentaje; nula sin PIM) y las personas capacitadas; "
                + "y los totales nacionales. Para la consulta nacional y los administradores.");

        national.MapGet("/compliance/export", async (int? year, string? format, IMediator m, TimeProvider clock, CancellationToken ct) =>
                TableFile.Of(await m.Send(new ExportNationalCompliance(Years.OrCurrent(year, clock)), ct), format))
            .ProducesTable()
            .WithName("ExportNationalCompliance")
            .WithSummary("El cumplimiento de todas las regiones como archivo")
            .WithDescription("Las mismas filas que la vista nacional y, al final, los totales nacionales; CSV (UTF-8) o, con `format=xlsx`, Excel.");
    }
}
