using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

/// <summary>A municipality's PP 0030 execution: totals, products, activities, the monthly curve, and the budget officer's monthly review.</summary>
[OutputCache(PolicyName = SignedInPages.Policy)]
public sealed class PresupuestoModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Ubigeo { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? YearAsked { get; set; }

    public int Year => Years.OrCurrent(YearAsked, clock);

    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public MunicipalityBudget Budget { get; private set; } = null!;

    /// <summary>Only the municipality's budget officer signs its months off.</summary>
    public bool CanReview => RequestAuthorization.RoleAllows<ReviewBudgetMonth>(user.Scope);

    public async Task OnGetAsync(CancellationToken ct) => Budget = await mediator.Send(new GetMunicipalityBudget(Ubigeo, Year), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Budget = await mediator.Send(new GetMunicipalityBudget(Ubigeo, Year), ct);
        await mediator.Send(new ReviewBudgetMonth(Ubigeo, Year, Input.Month, Input.Justification), ct);
        return RedirectToPage(null, null, new { ubigeo = Ubigeo, anio = Year }, $"mes-{Input.Month}");
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportMunicipalityBudget(Ubigeo, Year), ct), format);
    }

    public sealed class ReviewInput
    {
        public int Month { get; set; }

        public string? Justification { get; set; }
    }
}
