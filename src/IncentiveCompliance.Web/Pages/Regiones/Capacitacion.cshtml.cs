using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace IncentiveCompliance.Web.Pages.Regiones;

[OutputCache(PolicyName = SignedInPages.Policy)]
public sealed class CapacitacionModel(IMediator mediator, TimeProvider clock, ICurrentUser user) : PageModel
{
    /// <summary>Display only: the trainings and a municipality's attendees (names) are not a national viewer's to open.</summary>
    public bool CanSeeTrainings => RequestAuthorization.RoleAllows<ListTrainingEvents>(user.Scope);

    public bool CanOpenMunicipality => RequestAuthorization.RoleAllows<GetMunicipalityTrainings>(user.Scope);

    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? YearAsked { get; set; }

    public int Year => Years.OrCurrent(YearAsked, clock);

    public IReadOnlyList<CoverageRow> Coverage { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Coverage = await mediator.Send(new GetTrainingCoverage(Code, Year), ct);
}
