using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Revision;

public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [FromQuery(Name = "region")]
    public string? RegionAsked { get; set; }

    [FromQuery(Name = "provincia")]
    public string? Province { get; set; }

    [FromQuery(Name = "estado")]
    public string? Status { get; set; }

    [FromQuery(Name = "vence")]
    public DateOnly? DueBefore { get; set; }

    public string Region => RegionScope.Of(RegionAsked, user);

    public IReadOnlyList<QueueEntry> Queue { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await mediator.Send(new ListReviewQueue(Region, string.IsNullOrEmpty(Province) ? null : Province, Status, DueBefore), ct);
        Provinces = (await mediator.Send(new Core.Features.Territory.ListMunicipalities(Region), ct))
            .Where(m => m.Kind == "provincial").Select(m => (m.Ubigeo[..4], m.Province)).ToList();
    }
}
