using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

public sealed class CumplimientoModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Ubigeo { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    public MunicipalityCompliance Compliance { get; private set; } = null!;

    /// <summary>The PP 0030 execution beside the commitment, as the secretariat and the municipality follow both.</summary>
    public MunicipalityBudget Budget { get; private set; } = null!;

    public DateOnly Today => Core.Domain.Calendar.LimaTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Compliance = await mediator.Send(new GetMunicipalityCompliance(Ubigeo, Years.OrCurrent(Year, clock)), ct);
        Budget = await mediator.Send(new GetMunicipalityBudget(Ubigeo, Compliance.Year), ct);
    }

    public async Task<IActionResult> OnGetSheetAsync(CancellationToken ct)
    {
        var sheet = await mediator.Send(new GetMunicipalitySheet(Ubigeo, Years.OrCurrent(Year, clock)), ct);
        return File(sheet.Content, "application/pdf", sheet.FileName);
    }
}
