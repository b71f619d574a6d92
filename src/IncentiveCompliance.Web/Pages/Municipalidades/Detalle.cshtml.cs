using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Territory;
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

    public bool CanSeeCompliance => RequestAuthorization.RoleAllows<GetMunicipalityCompliance>(user.Scope);

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
