using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

public sealed class DetalleModel(IMediator mediator, ICurrentUser user) : PageModel
{
    /// <summary>Display only: the regional work a national viewer does not reach is not linked.</summary>
    public bool CanReview => RequestAuthorization.RoleAllows<ListReviewQueue>(user.Scope);

    public bool CanSeeTrainings => RequestAuthorization.RoleAllows<ListTrainingEvents>(user.Scope);

    public bool CanSeeAudit => RequestAuthorization.RoleAllows<ListAuditTrail>(user.Scope);

    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery]
    public string? Q { get; set; }

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<MunicipalitySummary> Municipalities { get; private set; } = new([], null);

    public Pager Pager => new(Municipalities.NextCursor, Cursor is not null);

    public RegionSummary Region { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = await mediator.Send(new ListMunicipalities(Code, Q, PageSize.Default, Cursor), ct);
        Region = await mediator.Send(new GetRegion(Code), ct);
    }
}
