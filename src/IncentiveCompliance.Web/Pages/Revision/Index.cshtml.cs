using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Web.Pages.Shared;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace IncentiveCompliance.Web.Pages.Revision;

[OutputCache(PolicyName = SignedInPages.Policy)]
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

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public string Region => RegionScope.Of(RegionAsked, user);

    /// <summary>The state the queue lists: the one asked for, or what <see cref="ListReviewQueue"/> lists by default.</summary>
    public SubmissionStatus Shown => EnumJson.Parse<SubmissionStatus>(Status) ?? SubmissionStatus.Submitted;

    public Page<QueueEntry> Queue { get; private set; } = new([], null);

    public Pager Pager => new(Queue.NextCursor, Cursor is not null);

    public IReadOnlyList<ProvinceChoice> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await mediator.Send(new ListReviewQueue(Region, string.IsNullOrEmpty(Province) ? null : Province, Status, DueBefore, PageSize.Default, Cursor), ct);
        Provinces = await mediator.Send(new ListProvinces(Region), ct);
    }
}
