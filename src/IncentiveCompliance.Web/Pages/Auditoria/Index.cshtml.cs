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

    [FromQuery(Name = "antes")]
    public long? Before { get; set; }

    public string Region => RegionScope.Of(RegionAsked, user);

    public IReadOnlyList<AuditView> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await mediator.Send(new ListAuditTrail(Region, null, Before, PageSize), ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportAuditTrail(Region), ct), "csv");
    }
}
