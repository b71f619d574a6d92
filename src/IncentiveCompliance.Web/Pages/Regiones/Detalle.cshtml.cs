using IncentiveCompliance.Core.Features.Territory;
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

    public IReadOnlyList<MunicipalitySummary> Municipalities { get; private set; } = [];

    public RegionSummary Region { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = await mediator.Send(new ListMunicipalities(Code, Q), ct);
        Region = (await mediator.Send(new ListRegions(), ct)).Single(r => r.Code == Code);
    }
}
