using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace IncentiveCompliance.Web.Pages.Regiones;

/// <summary>
/// The region's dashboard: counts by status, a chart, the ranking (sortable by score or name), the matrix to download
/// and, for whoever may publish it, the switch that publishes the ranking at /transparencia.
/// </summary>
[OutputCache(PolicyName = SignedInPages.Policy)]
public sealed class CumplimientoModel(IMediator mediator, TimeProvider clock, ICurrentUser user) : PageModel
{
    /// <summary>Display only: the national viewer reads the dashboard but neither reviews nor reads the audit trail.</summary>
    public bool CanReview => RequestAuthorization.RoleAllows<ListReviewQueue>(user.Scope);

    public bool CanSeeAudit => RequestAuthorization.RoleAllows<ListAuditTrail>(user.Scope);

    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    [FromQuery(Name = "orden")]
    public string? Order { get; set; }

    /// <summary>Only the municipalities in this status (its API name: met, on_track, at_risk, not_met), as the home page links them.</summary>
    [FromQuery(Name = "estado")]
    public string? Status { get; set; }

    public ComplianceStatus? Shown => EnumJson.Parse<ComplianceStatus>(Status);

    public RegionCompliance Compliance { get; private set; } = null!;

    public bool SortByName => Order == "nombre";

    public IReadOnlyList<MunicipalityComplianceRow> Rows
    {
        get
        {
            var rows = Compliance.Municipalities.Where(m => Shown is null || m.Status == Shown);
            return SortByName
                ? rows.OrderBy(m => m.Name, PeruFormat.Alphabetical).ToList()
                : rows.OrderByDescending(m => m.Score).ThenBy(m => m.Name, PeruFormat.Alphabetical).ToList();
        }
    }

    /// <summary>The month-end records of the year, for the month-by-month chart.</summary>
    public IReadOnlyList<MonthStatusCounts> History { get; private set; } = [];

    /// <summary>This month in the current year, whose bar shows the live figures; null for another year, drawn from its records only.</summary>
    public int? CurrentMonth
    {
        get
        {
            var today = Core.Domain.Calendar.LimaTime.Today(clock);
            return Compliance.Year == today.Year ? today.Month : null;
        }
    }

    /// <summary>Whether the ranking is published, for those who may publish it (display only: the request checks again).</summary>
    public RankingPublication? Publication { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Compliance = await mediator.Send(new GetRegionCompliance(Code, Years.OrCurrent(Year, clock)), ct);
        History = await mediator.Send(new GetRegionStatusHistory(Code, Compliance.Year), ct);
        if (RequestAuthorization.RoleAllows<PublishRanking>(user.Scope))
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
