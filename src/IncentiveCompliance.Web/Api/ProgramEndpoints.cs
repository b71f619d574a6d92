using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Calendar;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class ProgramEndpoints
{
    public static void MapPrograms(this RouteGroupBuilder api)
    {
        api.MapGet("/programs/{year:int}/commitments", (int year, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListCommitments(year, limit ?? PageSize.Default, cursor), ct));

        api.MapPut("/programs/{year:int}/catalogue", (int year, HttpRequest request, IMediator m, CancellationToken ct) =>
                m.Send(new LoadCatalogue(request.Body, year), ct))
            .Accepts<CatalogueDocument>("application/json")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(LoadCatalogue.MaxBytes), new UploadAccessAttribute(Upload.Catalogue))
            .WithSummary("Carga o reemplaza el catálogo del año desde su documento JSON");

        api.MapGet("/holidays", (int? year, int? limit, string? cursor, HttpRequest http, IMediator m, TimeProvider clock, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListHolidays(Years.OrCurrent(year, clock), limit ?? PageSize.Default, cursor), ct));

        api.MapPut("/holidays/{date}", (DateOnly date, HolidayName body, IMediator m, CancellationToken ct) =>
            m.Send(new AddHoliday(date, body.Name ?? ""), ct));

        api.MapDelete("/holidays/{date}", (DateOnly date, IMediator m, CancellationToken ct) =>
            m.Send(new RemoveHoliday(date), ct));
    }

    public sealed record HolidayName(string? Name);
}
