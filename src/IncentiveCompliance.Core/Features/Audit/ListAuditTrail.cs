using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Audit;

/// <summary>
/// The audit trail of a region (its municipalities' and trainings' changes, plus program-wide ones such as catalogue
/// and holiday changes), newest first, a page at a time. Read-only: no request edits or deletes an entry.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListAuditTrail(string RegionCode, string? Ubigeo = null, long? Before = null, int Take = 100) : IRequest<IReadOnlyList<AuditView>>, IRegionScoped;

public sealed record AuditView(long Id, DateTime At, string UserEmail, AuditAction Action, string EntityType, string EntityId, string? Ubigeo, string? Before, string? After);

public sealed class ListAuditTrailValidator : AbstractValidator<ListAuditTrail>
{
    public ListAuditTrailValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).When(x => x.Ubigeo is not null).WithMessage("El ubigeo debe tener 6 dígitos.");
        RuleFor(x => x.Take).InclusiveBetween(1, 1000);
    }
}

internal sealed class ListAuditTrailHandler(AppDbContext db) : IRequestHandler<ListAuditTrail, IReadOnlyList<AuditView>>
{
    public async Task<IReadOnlyList<AuditView>> Handle(ListAuditTrail request, CancellationToken cancellationToken) =>
        await db.RegionTrail(request.RegionCode)
            .Where(a => (request.Ubigeo == null || a.Ubigeo == request.Ubigeo) && (request.Before == null || a.Id < request.Before))
            .OrderByDescending(a => a.Id)
            .Take(request.Take)
            .Select(a => new AuditView(a.Id, a.At, a.UserEmail, a.Action, a.EntityType, a.EntityId, a.Ubigeo, a.Before, a.After))
            .ToListAsync(cancellationToken);
}

/// <summary>A region's audit trail: its own entries and program-wide ones, without the security events.</summary>
internal static class RegionAuditTrail
{
    public static IQueryable<Domain.Audit.AuditEntry> RegionTrail(this AppDbContext db, string regionCode) =>
        db.AuditTrail.AsNoTracking().Where(a => (a.RegionCode == null || a.RegionCode == regionCode) && a.EntityType != AuditTrail.SecurityEntity);
}
