using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Web.Presentation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Auditoria;

/// <summary>Security events for administrators: who signed in, failed or signed out, from which address and browser.</summary>
public sealed class SeguridadModel(IMediator mediator) : PageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = "antes")]
    public long? Before { get; set; }

    public IReadOnlyList<SecurityEventView> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await mediator.Send(new ListSecurityEvents(Before, PageSize), ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportSecurityEvents(), ct), "csv");
    }
}
