using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Calendar;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class ProgramEndpoints
{
    public static void MapPrograms(this RouteGroupBuilder api)
    {
        var program = api.MapGroup("").WithTags(ApiTags.Program);
        program.MapGet("/programs/{year:int}/commitments", (int year, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListCommitments(year, limit ?? PageSize.Default, cursor), ct))
            .WithName("ListCommitments")
            .WithSummary("Las metas del año con sus requisitos")
            .WithDescription("El catálogo del Programa de Incentivos cargado para ese año: cada meta, sus requisitos, a qué tipos de municipalidad aplican, su plazo y su puntaje.");

        program.MapPut("/programs/{year:int}/catalogue", (int year, HttpRequest request, IMediator m, CancellationToken ct) =>
                m.Send(new LoadCatalogue(request.Body, year), ct))
            .Accepts<CatalogueDocument>("application/json")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(LoadCatalogue.MaxBytes), new UploadAccessAttribute(Upload.Catalogue))
            .WithName("LoadCatalogue")
            .WithSummary("Carga o reemplaza el catálogo del año desde su documento JSON")
            .WithDescription("Solo administradores; el documento debe ser del año de la ruta. Los requisitos se reconocen por su código: uno cambiado se actualiza sin perder sus avances, uno nuevo se agrega y uno ausente se retira, salvo que ya tenga avances. Responde cuántas metas y requisitos quedaron.");

        program.MapGet("/holidays", (int? year, int? limit, string? cursor, HttpRequest http, IMediator m, TimeProvider clock, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListHolidays(Years.OrCurrent(year, clock), limit ?? PageSize.Default, cursor), ct))
            .WithName("ListHolidays")
            .WithSummary("Los feriados de un año")
            .WithDescription("Días no laborables que no cuentan en los plazos de subsanación (días hábiles).");

        program.MapPut("/holidays/{date}", (DateOnly date, HolidayName body, IMediator m, CancellationToken ct) =>
                m.Send(new AddHoliday(date, body.Name ?? ""), ct))
            .WithName("AddHoliday")
            .WithSummary("Agrega o renombra un feriado")
            .WithDescription("Por ejemplo un día no laborable que decreta el gobierno para el sector público. `date` en AAAA-MM-DD.")
            .WithRequestExample(new HolidayName("Día no laborable para el sector público (DS)"));

        program.MapDelete("/holidays/{date}", (DateOnly date, IMediator m, CancellationToken ct) =>
                m.Send(new RemoveHoliday(date), ct))
            .WithName("RemoveHoliday")
            .WithSummary("Quita un feriado")
            .WithDescription("Los plazos que se calculen después lo contarán como día hábil.");
    }

    public sealed record HolidayName(string? Name);
}
