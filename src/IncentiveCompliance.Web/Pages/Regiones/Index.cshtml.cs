using IncentiveCompliance.Core.Features.Territory;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Regions = await mediator.Send(new ListRegions(), ct);
}
