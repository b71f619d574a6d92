using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IncentiveCompliance.Web.Pages.Cuenta;

/// <summary>Changes one's own password; the page a temporary password leads to.</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class ContrasenaModel(IMediator mediator, ICurrentUser me) : PageModel
{
    [BindProperty]
    public Passwords Input { get; set; } = new();

    public bool Temporary => me.Scope?.PendingStep == AccountStep.PasswordChange;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.NewPassword != Input.Confirmation)
        {
            ModelState.AddModelError("Input.Confirmation", "La confirmación no coincide con la nueva contraseña.");
            return Page();
        }

        var next = await mediator.Send(new ChangePassword(Input.CurrentPassword ?? "", Input.NewPassword ?? ""), ct);
        return next == AccountStep.None ? RedirectToPage("/Cuenta/Index", new { Hecho = "contrasena" }) : RedirectToPage(AccountStepPages.PageOf(next));
    }

    public sealed class Passwords
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? Confirmation { get; set; }
    }
}
