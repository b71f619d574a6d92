using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Audit;

/// <summary>
/// Security events (sign-ins and their failures, sign-outs, accounts created or given another role), newest first, with
/// the client's address and browser: for administrators only, since they name people and where they connect from.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record ListSecurityEvents(long? Before = null, int Take = 100) : IRequest<IReadOnlyList<SecurityEventView>>;

public sealed record SecurityEventView(long Id, DateTime At, string UserEmail, AuditAction Action, string AccountId, string? Address, string? Browser, string? Details);

internal sealed class ListSecurityEventsHandler(AppDbContext db) : IRequestHandler<ListSecurityEvents, IReadOnlyList<SecurityEventView>>
{
    public async Task<IReadOnlyList<SecurityEventView>> Handle(ListSecurityEvents request, CancellationToken cancellationToken) =>
        await db.SecurityEvents()
            .Where(a => request.Before == null || a.Id < request.Before)
            .OrderByDescending(a => a.Id)
            .Take(Math.Clamp(request.Take, 1, 1000))
            .Select(a => new SecurityEventView(a.Id, a.At, a.UserEmail, a.Action, a.EntityId, a.Address, a.Browser, a.After))
            .ToListAsync(cancellationToken);
}

/// <summary>The audit trail's entries about sign-ins and accounts, which only administrators read.</summary>
internal static class SecurityEventEntries
{
    public static IQueryable<Domain.Audit.AuditEntry> SecurityEvents(this AppDbContext db) =>
        db.AuditTrail.AsNoTracking().Where(a => a.EntityType == AuditTrail.SecurityEntity);
}
