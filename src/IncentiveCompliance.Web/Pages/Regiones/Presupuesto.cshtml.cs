using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace IncentiveCompliance.Web.Pages.Regiones;

/// <summary>The region's PP 0030 table, sortable by execution (devengado / PIM, lowest first) or by name, with who has not reviewed their months.</summary>
[OutputCache(PolicyName = SignedInPages.Policy)]
public sealed class PresupuestoModel(IMediator mediator, TimeProvider clock, ICurrentUser user) : PageModel
{
    /// <summary>Display only: a national viewer neither imports nor opens a municipality's months (they name who reviewed them).</summary>
    public bool CanImport => RequestAuthorization.RoleAllows<RequestBudgetImport>(user.Scope);

    public bool CanOpenMunicipality => RequestAuthorization.RoleAllows<GetMunicipalityBudget>(user.Scope);

    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    [FromQuery(Name = "orden")]
    public string? Order { get; set; }

    public RegionBudget Budget { get; private set; } = null!;

    public bool SortByName => Order == "nombre";

    public IReadOnlyList<RegionBudgetRow> Rows => SortByName
        ? Budget.Municipalities.OrderBy(m => m.Name, PeruFormat.Alphabetical).ToList()
        : Budget.Municipalities.OrderBy(m => m.Execution ?? decimal.MaxValue).ThenBy(m => m.Name, PeruFormat.Alphabetical).ToList();

    public async Task OnGetAsync(CancellationToken ct) => Budget = await mediator.Send(new GetRegionBudget(Code, Years.OrCurrent(Year, clock)), ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportRegionBudget(Code, Years.OrCurrent(Year, clock)), ct), format);
    }
}
