using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Audit;

/// <summary>
/// The audit trail of a region (its municipalities' and trainings' changes, plus program-wide ones such as catalogue
/// and holiday changes), newest first (by id), a page at a time. Read-only: no request edits or deletes an entry.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListAuditTrail(string RegionCode, string? Ubigeo = null, int Limit = PageSize.Default, string? Cursor = null)
    : IRequest<Page<AuditView>>, IRegionScoped, IPagedRequest
{
    internal static readonly PageCursor<Before> Cursors = new("audit");

    internal sealed record Before(long Id);
}

public sealed record AuditView(long Id, DateTime At, string UserEmail, AuditAction Action, string EntityType, string EntityId, string? Ubigeo, string? Before, string? After);

public sealed class ListAuditTrailValidator : AbstractValidator<ListAuditTrail>
{
    public ListAuditTrailValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).When(x => x.Ubigeo is not null).WithMessage("El ubigeo debe tener 6 dígitos.");
        this.ValidPage(ListAuditTrail.Cursors);
    }
}

internal sealed class ListAuditTrailHandler(AppDbContext db) : IRequestHandler<ListAuditTrail, Page<AuditView>>
{
    public async Task<Page<AuditView>> Handle(ListAuditTrail request, CancellationToken cancellationToken)
    {
        var before = ListAuditTrail.Cursors.After(request)?.Id;
        return await db.RegionTrail(request.RegionCode)
            .Where(a => (request.Ubigeo == null || a.Ubigeo == request.Ubigeo) && (before == null || a.Id < before))
            .OrderByDescending(a => a.Id)
            .Select(a => new AuditView(a.Id, a.At, a.UserEmail, a.Action, a.EntityType, a.EntityId, a.Ubigeo, a.Before, a.After))
            .ToPageAsync(request, ListAuditTrail.Cursors, a => new ListAuditTrail.Before(a.Id), cancellationToken);
    }
}

/// <summary>A region's audit trail: its own entries and program-wide ones, without the security events.</summary>
internal static class RegionAuditTrail
{
    public static IQueryable<Domain.Audit.AuditEntry> RegionTrail(this AppDbContext db, string regionCode) =>
        db.AuditTrail.AsNoTracking().Where(a => (a.RegionCode == null || a.RegionCode == regionCode) && a.EntityType != AuditTrail.SecurityEntity);
}
