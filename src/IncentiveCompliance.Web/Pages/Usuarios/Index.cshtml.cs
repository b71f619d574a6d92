using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Usuarios;

public sealed class IndexModel(IMediator mediator, ICurrentUser me) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public string? MyId => me.UserId;

    public async Task OnGetAsync(CancellationToken ct) => Users = await mediator.Send(new ListUsers(), ct);

    public async Task<IActionResult> OnPostEnabledAsync(string id, bool enabled, CancellationToken ct)
    {
        Users = await mediator.Send(new ListUsers(), ct);
        await mediator.Send(new SetAccountEnabled(id, enabled), ct);
        return RedirectToPage();
    }
}
