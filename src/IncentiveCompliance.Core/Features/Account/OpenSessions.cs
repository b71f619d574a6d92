using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>Ends a user's open sessions (browsers and tokens) when their password is reset or changed or their account disabled.</summary>
public static class OpenSessions
{
    /// <summary>Marks them ended in the context; the caller saves. <paramref name="keep"/>: the caller's own session, when it stays.</summary>
    public static async Task<int> EndAsync(AppDbContext db, string userId, DateTime now, Guid? keep, CancellationToken cancellationToken)
    {
        var open = await db.Sessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != keep).ToListAsync(cancellationToken);
        open.ForEach(s => s.End(now));
        return open.Count;
    }
}
