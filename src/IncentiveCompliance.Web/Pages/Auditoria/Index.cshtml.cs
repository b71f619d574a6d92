using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Web.Pages.Shared;
using IncentiveCompliance.Web.Presentation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Auditoria;

public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = "region")]
    public string? RegionAsked { get; set; }

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public string Region => RegionScope.Of(RegionAsked, user);

    public Page<AuditView> Entries { get; private set; } = new([], null);

    public Pager Pager => new(Entries.NextCursor, Cursor is not null, "Anteriores");

    public async Task OnGetAsync(CancellationToken ct) => Entries = await mediator.Send(new ListAuditTrail(Region, null, PageSize, Cursor), ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportAuditTrail(Region), ct), "csv");
    }
}
