using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Paging;
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
public sealed record ListSecurityEvents(int Limit = PageSize.Default, string? Cursor = null) : IRequest<Page<SecurityEventView>>, IPagedRequest
{
    internal static readonly PageCursor<Before> Cursors = new("security-events");

    internal sealed record Before(long Id);
}

public sealed record SecurityEventView(long Id, DateTime At, string UserEmail, AuditAction Action, string AccountId, string? Address, string? Browser, string? Details);

public sealed class ListSecurityEventsValidator : AbstractValidator<ListSecurityEvents>
{
    public ListSecurityEventsValidator() => this.ValidPage(ListSecurityEvents.Cursors);
}

internal sealed class ListSecurityEventsHandler(AppDbContext db) : IRequestHandler<ListSecurityEvents, Page<SecurityEventView>>
{
    public async Task<Page<SecurityEventView>> Handle(ListSecurityEvents request, CancellationToken cancellationToken)
    {
        var before = ListSecurityEvents.Cursors.After(request)?.Id;
        return await db.SecurityEvents()
            .Where(a => before == null || a.Id < before)
            .OrderByDescending(a => a.Id)
            .Select(a => new SecurityEventView(a.Id, a.At, a.UserEmail, a.Action, a.EntityId, a.Address, a.Browser, a.After))
            .ToPageAsync(request, ListSecurityEvents.Cursors, e => new ListSecurityEvents.Before(e.Id), cancellationToken);
    }
}

/// <summary>The audit trail's entries about sign-ins and accounts, which only administrators read.</summary>
internal static class SecurityEventEntries
{
    public static IQueryable<Domain.Audit.AuditEntry> SecurityEvents(this AppDbContext db) =>
        db.AuditTrail.AsNoTracking().Where(a => a.EntityType == AuditTrail.SecurityEntity);
}
