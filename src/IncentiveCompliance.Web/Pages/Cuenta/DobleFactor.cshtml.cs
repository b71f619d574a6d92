using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Cuenta;

/// <summary>Sets up an authenticator app: its key as a QR code and as text, then a code to prove it; shows the recovery codes once.</summary>
public sealed class DobleFactorModel(IMediator mediator, ICurrentUser me) : PageModel
{
    [BindProperty]
    public Confirmation Input { get; set; } = new();

    public SecondFactorSetup? Setup { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public bool Required => me.Scope?.PendingStep == AccountStep.SecondFactorEnrollment;

    /// <summary>Where to go once the codes are noted.</summary>
    public string NextPage { get; private set; } = "/Cuenta/Index";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if ((await mediator.Send(new GetOwnAccount(), ct)).SecondFactorEnabled)
        {
            return RedirectToPage("/Cuenta/Index");
        }

        Setup = await mediator.Send(new StartSecondFactorSetup(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Setup = await mediator.Send(new StartSecondFactorSetup(), ct);
        NextPage = Required ? "/Index" : "/Cuenta/Index";
        RecoveryCodes = await mediator.Send(new EnableSecondFactor(Input.Code ?? ""), ct);
        return Page();
    }

    public sealed class Confirmation
    {
        public string? Code { get; set; }
    }
}
