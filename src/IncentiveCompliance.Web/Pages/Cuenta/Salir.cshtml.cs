using IncentiveCompliance.Core.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Cuenta;

/// <summary>Ends the session on the server, then drops the cookie; anonymous, so an expired session can still leave.</summary>
[AllowAnonymous]
public sealed class SalirModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (user.SessionId is not null)
        {
            await mediator.Send(new Core.Features.Account.SignOut(), ct);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Cuenta/Ingresar");
    }
}
