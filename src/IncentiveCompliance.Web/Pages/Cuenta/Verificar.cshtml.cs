using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IncentiveCompliance.Web.Pages.Cuenta;

/// <summary>The sign-in's second step: the authenticator app's code or a recovery code.</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class VerificarModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public Confirmation Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RedirectToPage(AccountStepPages.PageOf(await mediator.Send(new VerifySecondFactor(Input.Code ?? ""), ct)));

    public sealed class Confirmation
    {
        public string? Code { get; set; }
    }
}
