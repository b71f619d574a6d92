using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>The caller's own account and session, for the requests people send about themselves.</summary>
public sealed class CallerAccount(UserManager<AppUser> users, AppDbContext db, ICurrentUser me)
{
    public async Task<AppUser> UserAsync() =>
        (me.UserId is { } id ? await users.FindByIdAsync(id) : null) ?? throw new UnauthenticatedException();

    public async Task<UserSession> SessionAsync(CancellationToken cancellationToken) =>
        await db.Sessions.SingleOrDefaultAsync(s => s.Id == me.SessionId && s.UserId == me.UserId && s.EndedAt == null, cancellationToken)
        ?? throw new UnauthenticatedException();
}
