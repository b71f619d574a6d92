using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Territory;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    /// <summary>Every region the caller may see: one page of the largest size holds them all (see <see cref="ListRegions"/>).</summary>
    public async Task OnGetAsync(CancellationToken ct) => Regions = (await mediator.Send(new ListRegions(PageSize.Max), ct)).Items;
}
