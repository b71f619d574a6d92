using IncentiveCompliance.Core.Features.Account;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Cuenta;

/// <summary>«Mi cuenta»: the caller's password and second factor.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public OwnAccount Account { get; private set; } = null!;

    /// <summary>What was just done, to confirm it («contrasena», «doble-factor», «sin-doble-factor»).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Hecho { get; set; }

    [BindProperty]
    public Confirmation Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Account = await mediator.Send(new GetOwnAccount(), ct);

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        Account = await mediator.Send(new GetOwnAccount(), ct);
        await mediator.Send(new DisableSecondFactor(Input.Password ?? ""), ct);
        return RedirectToPage(new { Hecho = "sin-doble-factor" });
    }

    public sealed class Confirmation
    {
        public string? Password { get; set; }
    }
}
