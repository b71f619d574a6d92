using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

/// <summary>
/// The region's dashboard: counts by status, a chart, the ranking (sortable by score or name), the matrix to download
/// and, for whoever may publish it, the switch that publishes the ranking at /transparencia.
/// </summary>
public sealed class CumplimientoModel(IMediator mediator, TimeProvider clock, ICurrentUser me) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    [FromQuery(Name = "orden")]
    public string? Order { get; set; }

    public RegionCompliance Compliance { get; private set; } = null!;

    public bool SortByName => Order == "nombre";

    public IReadOnlyList<MunicipalityComplianceRow> Rows => SortByName
        ? Compliance.Municipalities.OrderBy(m => m.Name, PeruFormat.Alphabetical).ToList()
        : Compliance.Municipalities.OrderByDescending(m => m.Score).ThenBy(m => m.Name, PeruFormat.Alphabetical).ToList();

    /// <summary>Whether the ranking is published, for those who may publish it (display only: the request checks again).</summary>
    public RankingPublication? Publication { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Compliance = await mediator.Send(new GetRegionCompliance(Code, Years.OrCurrent(Year, clock)), ct);
        if (RequestAuthorization.RoleAllows<PublishRanking>(me.Scope))
        {
            Publication = await mediator.Send(new GetRankingPublication(Code), ct);
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(bool published, CancellationToken ct)
    {
        await mediator.Send(new PublishRanking(Code, published), ct);
        return RedirectToPage(new { code = Code, anio = Year });
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportComplianceMatrix(Code, Years.OrCurrent(Year, clock)), ct), format);
    }
}
