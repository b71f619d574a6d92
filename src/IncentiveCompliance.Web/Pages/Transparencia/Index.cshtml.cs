using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace IncentiveCompliance.Web.Pages.Transparencia;

/// <summary>The regions that publish their compliance ranking, for anyone (no sign-in).</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicTraffic.Policy)]
[OutputCache(PolicyName = PublicTraffic.Policy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PublishedRegion> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Regions = await mediator.Send(new ListPublishedRegions(), ct);
        PublicTraffic.Cacheable(Response);
    }
}
