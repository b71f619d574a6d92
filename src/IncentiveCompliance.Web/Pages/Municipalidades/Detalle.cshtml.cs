using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Training;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

public sealed class DetalleModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [FromRoute]
    public string Ubigeo { get; set; } = "";

    [BindProperty]
    public ProgramData Input { get; set; } = new();

    [TempData]
    public bool Saved { get; set; }

    public MunicipalityDetails? Municipality { get; private set; }

    public bool CanEdit => RequestAuthorization.RoleAllows<UpdateMunicipality>(user.Scope);

    /// <summary>The municipality's other pages the caller's role may open (display only; each page's request decides).</summary>
    public IReadOnlyList<(string Page, string Text)> Links =>
    [
        .. RequestAuthorization.RoleAllows<GetMunicipalityCompliance>(user.Scope) ? [("/Municipalidades/Cumplimiento", "Cumplimiento del compromiso de seguridad ciudadana")] : Array.Empty<(string, string)>(),
        .. RequestAuthorization.RoleAllows<GetMunicipalityBudget>(user.Scope) ? [("/Municipalidades/Presupuesto", "Presupuesto PP 0030")] : Array.Empty<(string, string)>(),
        .. RequestAuthorization.RoleAllows<GetMunicipalityTrainings>(user.Scope) ? [("/Municipalidades/Capacitaciones", "Capacitaciones")] : Array.Empty<(string, string)>(),
    ];

    public async Task OnGetAsync(CancellationToken ct) => Municipality = await mediator.Send(new GetMunicipality(Ubigeo), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Municipality = await mediator.Send(new GetMunicipality(Ubigeo), ct);
        await mediator.Send(new UpdateMunicipality(Ubigeo, Input.PiType, Input.ExecutingUnitCode, Input.Version), ct);
        Saved = true;
        return RedirectToPage();
    }

    public sealed class ProgramData
    {
        public string? PiType { get; set; }

        public string? ExecutingUnitCode { get; set; }

        public int Version { get; set; }
    }
}
