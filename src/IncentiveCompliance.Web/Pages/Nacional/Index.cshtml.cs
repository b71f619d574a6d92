using IncentiveCompliance.Core.Features.National;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Nacional;

/// <summary>The ministries' view: every region's compliance, reviews waiting, PP 0030 execution and people trained, read only.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    public NationalCompliance Country { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Country = await mediator.Send(new GetNationalCompliance(Years.OrCurrent(Year, clock)), ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct) =>
        TableFile.Of(await mediator.Send(new ExportNationalCompliance(Years.OrCurrent(Year, clock)), ct), format);
}
