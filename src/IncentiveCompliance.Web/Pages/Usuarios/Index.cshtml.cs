using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Usuarios;

public sealed class IndexModel(IMediator mediator, ICurrentUser me) : PageModel
{
    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<UserSummary> Users { get; private set; } = new([], null);

    public Pager Pager => new(Users.NextCursor, Cursor is not null);

    public string? MyId => me.UserId;

    public async Task OnGetAsync(CancellationToken ct) => Users = await mediator.Send(new ListUsers(PageSize.Default, Cursor), ct);

    public async Task<IActionResult> OnPostEnabledAsync(string id, bool enabled, CancellationToken ct)
    {
        Users = await mediator.Send(new ListUsers(PageSize.Default, Cursor), ct);
        await mediator.Send(new SetAccountEnabled(id, enabled), ct);
        return RedirectToPage();
    }
}
