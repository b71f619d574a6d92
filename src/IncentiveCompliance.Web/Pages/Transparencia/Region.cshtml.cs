using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace IncentiveCompliance.Web.Pages.Transparencia;

/// <summary>A published region's ranking, for anyone (no sign-in): an unpublished region is 404, like an unknown one.</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicTraffic.Policy)]
[OutputCache(PolicyName = PublicTraffic.Policy)]
public sealed class RegionModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    public PublicRanking Ranking { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Ranking = await mediator.Send(new GetPublicRanking(Code, Years.OrCurrent(Year, clock)), ct);
        PublicTraffic.Cacheable(Response);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var table = await mediator.Send(new ExportPublicRanking(Code, Years.OrCurrent(Year, clock)), ct);
        PublicTraffic.Cacheable(Response);
        return TableFile.Of(table, "csv");
    }
}
