using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Usuarios;

public sealed class NuevoModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public NewUser Input { get; set; } = new();

    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Regions = await AllRegionsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Regions = await AllRegionsAsync(ct);
        await mediator.Send(new CreateUser(Input.Email ?? "", Input.FullName ?? "", Input.Password ?? "", Input.Role ?? "", Input.RegionCode, Input.Ubigeo), ct);
        return RedirectToPage("Index");
    }

    /// <summary>The choices of the region list: one page of the largest size holds every region (see <see cref="ListRegions"/>).</summary>
    private async Task<IReadOnlyList<RegionSummary>> AllRegionsAsync(CancellationToken ct) => (await mediator.Send(new ListRegions(PageSize.Max), ct)).Items;

    public sealed class NewUser
    {
        public string? Email { get; set; }

        public string? FullName { get; set; }

        public string? Password { get; set; }

        public string? Role { get; set; }

        public string? RegionCode { get; set; }

        public string? Ubigeo { get; set; }
    }
}
