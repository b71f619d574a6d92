using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Territory;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages;

/// <summary>Home per role: a municipal user sees their municipality; the secretariat its region; an administrator every region.</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public MunicipalityDetails? Municipality { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.Scope is { Ubigeo: { } ubigeo } scope && Roles.IsMunicipal(scope.Role))
        {
            Municipality = await mediator.Send(new GetMunicipality(ubigeo), ct);
        }
        else
        {
            Regions = (await mediator.Send(new ListRegions(PageSize.Max), ct)).Items; // all: see ListRegions
        }
    }
}
