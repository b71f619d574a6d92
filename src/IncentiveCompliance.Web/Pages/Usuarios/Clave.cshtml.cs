using IncentiveCompliance.Core.Features.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Usuarios;

/// <summary>An administrator gives a user a temporary password, shown once on this page.</summary>
public sealed class ClaveModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public string Id { get; set; } = "";

    [BindProperty]
    public Options Input { get; set; } = new();

    public UserSummary? Account { get; private set; }

    public TemporaryPassword? Result { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Result = await mediator.Send(new ResetPassword(Id, Input.RemoveSecondFactor), ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Account = await mediator.Send(new GetUser(Id), ct);

    public sealed class Options
    {
        public bool RemoveSecondFactor { get; set; }
    }
}
