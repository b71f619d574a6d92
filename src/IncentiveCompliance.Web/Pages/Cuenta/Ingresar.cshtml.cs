using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IncentiveCompliance.Web.Pages.Cuenta;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
[RequestSizeLimit(Api.ApiRoutes.AnonymousBodyBytes)]
public sealed class IngresarModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public Credentials Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await mediator.Send(new SignIn(Input.Email ?? "", Input.Password ?? ""), ct);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.Create(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return user.PendingStep == AccountStep.None
            ? LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Page("/Index")!)
            : RedirectToPage(AccountStepPages.PageOf(user.PendingStep));
    }

    public sealed class Credentials
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
