using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

/// <summary>The region's dashboard: counts by status, a chart, the ranking (sortable by score or name) and the matrix to download.</summary>
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

    public RegionCompliance Compliance { get; private set; } = null!;

    public bool SortByName => Order == "nombre";

    public IReadOnlyList<MunicipalityComplianceRow> Rows => SortByName
        ? Compliance.Municipalities.OrderBy(m => m.Name, PeruFormat.Alphabetical).ToList()
        : Compliance.Municipalities.OrderByDescending(m => m.Score).ThenBy(m => m.Name, PeruFormat.Alphabetical).ToList();

    public async Task OnGetAsync(CancellationToken ct) =>
        Compliance = await mediator.Send(new GetRegionCompliance(Code, Years.OrCurrent(Year, clock)), ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        return TableFile.Of(await mediator.Send(new ExportComplianceMatrix(Code, Years.OrCurrent(Year, clock)), ct), format);
    }
}
