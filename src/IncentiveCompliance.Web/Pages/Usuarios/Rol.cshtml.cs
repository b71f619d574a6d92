using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Usuarios;

public sealed class RolModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty]
    public Assignment Input { get; set; } = new();

    public UserSummary? Account { get; private set; }

    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(new AssignRole(Id, Input.Role ?? "", Input.RegionCode, Input.Ubigeo), ct);
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Account = await mediator.Send(new GetUser(Id), ct);
        Regions = (await mediator.Send(new ListRegions(PageSize.Max), ct)).Items; // the choices: one page holds every region (see ListRegions)
    }

    public sealed class Assignment
    {
        public string? Role { get; set; }

        public string? RegionCode { get; set; }

        public string? Ubigeo { get; set; }
    }
}
