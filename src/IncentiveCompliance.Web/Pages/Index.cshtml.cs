using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Home;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages;

/// <summary>
/// «Inicio» says what to do today, by role: the municipal security manager's items and observations, the budget officer's
/// months to review, the secretariat's queue and region, the administrator's failed work and accounts; a national viewer
/// goes to the national view. Each figure is the
/// API's answer to the same question (<c>/api/v1/…/home</c>) and links to the list it counts.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    public MunicipalHome? Municipal { get; private set; }

    public BudgetHome? Budget { get; private set; }

    public RegionalHome? Regional { get; private set; }

    public AdministrationHome? Administration { get; private set; }

    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var year = Years.OrCurrent(Year, clock);
        var scope = user.Scope!;
        switch (scope.Role)
        {
            case Roles.NationalViewer:
                return RedirectToPage("/Nacional/Index", new { anio = Year }); // the country is the ministries' first page
            case Roles.MunicipalManager:
                Municipal = await mediator.Send(new GetMunicipalHome(scope.Ubigeo!, year), ct);
                break;
            case Roles.BudgetOfficer:
                Budget = await mediator.Send(new GetBudgetHome(scope.Ubigeo!, year), ct);
                break;
            case Roles.RegionalSecretariat:
                Regional = await mediator.Send(new GetRegionalHome(scope.RegionCode!, year), ct);
                break;
            case Roles.Administrator:
                Administration = await mediator.Send(new GetAdministrationHome(), ct);
                Regions = (await mediator.Send(new ListRegions(PageSize.Max), ct)).Items; // all: see ListRegions
                break;
        }

        return Page();
    }
}
