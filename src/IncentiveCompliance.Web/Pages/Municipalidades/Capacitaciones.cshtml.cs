using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

/// <summary>The municipality's own training history: who attended what (names and positions; no DNI or contact data).</summary>
public sealed class CapacitacionesModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Ubigeo { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? YearAsked { get; set; }

    public int Year => Years.OrCurrent(YearAsked, clock);

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<MunicipalityTraining> History { get; private set; } = new([], null);

    public Pager Pager => new(History.NextCursor, Cursor is not null, "Anteriores");

    public async Task OnGetAsync(CancellationToken ct) => History = await mediator.Send(new GetMunicipalityTrainings(Ubigeo, Year, PageSize.Default, Cursor), ct);
}
