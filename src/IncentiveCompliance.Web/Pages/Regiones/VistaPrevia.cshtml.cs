using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

/// <summary>The report's own HTML as the PDF would print it today, nothing archived; served under a no-script content policy.</summary>
public sealed class VistaPreviaModel(IMediator mediator, IReportPrinter printer, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, int? anio, CancellationToken ct)
    {
        var report = await mediator.Send(new GetRegionalReport(code, Years.OrCurrent(anio, clock)), ct);
        return Content(await printer.RegionalHtmlAsync(report, new ReportStamp(null, clock.GetUtcNow().UtcDateTime)), "text/html; charset=utf-8");
    }
}
