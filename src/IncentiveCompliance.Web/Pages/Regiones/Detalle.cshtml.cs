using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

public sealed class DetalleModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery]
    public string? Q { get; set; }

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<MunicipalitySummary> Municipalities { get; private set; } = new([], null);

    public Pager Pager => new(Municipalities.NextCursor, Cursor is not null);

    public RegionSummary Region { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = await mediator.Send(new ListMunicipalities(Code, Q, PageSize.Default, Cursor), ct);
        Region = await mediator.Send(new GetRegion(Code), ct);
    }
}
