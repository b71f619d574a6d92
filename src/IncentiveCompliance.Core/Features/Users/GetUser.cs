using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>One account as the user list shows it, for the pages that act on it (its role, its password).</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record GetUser(string Id) : IRequest<UserSummary>;

internal sealed class GetUserHandler(AppDbContext db, TimeProvider clock) : IRequestHandler<GetUser, UserSummary>
{
    public async Task<UserSummary> Handle(GetUser request, CancellationToken cancellationToken)
    {
        var found = await db.Users
            .AsNoTracking()
            .Where(u => u.Id == request.Id)
            .Select(u => new
            {
                User = u,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("el usuario", request.Id);
        return UserSummary.Of(found.User, found.Role, clock.GetUtcNow());
    }
}
