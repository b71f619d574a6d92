using IncentiveCompliance.Core.Features.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Usuarios;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await mediator.Send(new ListUsers(), ct);
}
