using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Web.Pages.Shared;
using IncentiveCompliance.Web.Presentation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Auditoria;

/// <summary>Security events for administrators: who signed in, failed or signed out, from which address and browser.</summary>
public sealed class SeguridadModel(IMediator mediator) : PageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<SecurityEventView> Events { get; private set; } = new([], null);

    public Pager Pager => new(Events.NextCursor, Cursor is not null, "Anteriores");

    public async Task OnGetAsync(CancellationToken ct) => Events = await mediator.Send(new ListSecurityEvents(PageSize, Cursor), ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportSecurityEvents(), ct), "csv");
    }
}
