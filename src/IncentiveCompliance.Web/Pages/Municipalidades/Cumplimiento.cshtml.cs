using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

[OutputCache(PolicyName = SignedInPages.Policy)]
public sealed class CumplimientoModel(IMediator mediator, TimeProvider clock, ICurrentUser user) : PageModel
{
    [FromRoute]
    public string Ubigeo { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    public MunicipalityCompliance Compliance { get; private set; } = null!;

    /// <summary>
    /// The PP 0030 execution beside the commitment, as the secretariat and the municipality follow both; none for a national
    /// viewer, whose role does not read a municipality's months (they name who reviewed them): the region's budget page has the figure.
    /// </summary>
    public MunicipalityBudget? Budget { get; private set; }

    /// <summary>Display only: a national viewer reads the items' states, not the submissions and evidence behind them.</summary>
    public bool CanOpenItems => RequestAuthorization.RoleAllows<GetRequirementProgress>(user.Scope);

    public bool CanPrintSheet => RequestAuthorization.RoleAllows<GetMunicipalitySheet>(user.Scope);

    public DateOnly Today => Core.Domain.Calendar.LimaTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Compliance = await mediator.Send(new GetMunicipalityCompliance(Ubigeo, Years.OrCurrent(Year, clock)), ct);
        if (RequestAuthorization.RoleAllows<GetMunicipalityBudget>(user.Scope))
        {
            Budget = await mediator.Send(new GetMunicipalityBudget(Ubigeo, Compliance.Year), ct);
        }
    }

    public async Task<IActionResult> OnGetSheetAsync(CancellationToken ct)
    {
        var sheet = await mediator.Send(new GetMunicipalitySheet(Ubigeo, Years.OrCurrent(Year, clock)), ct);
        return File(sheet.Content, "application/pdf", sheet.FileName);
    }
}
