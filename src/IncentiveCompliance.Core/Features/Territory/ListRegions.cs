using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>The regions the caller can see (all for an administrator, their own otherwise), with their counts.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record ListRegions : IRequest<IReadOnlyList<RegionSummary>>;

public sealed record RegionSummary(string Code, string Name, int ProvinceCount, int MunicipalityCount);

internal sealed class ListRegionsHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<ListRegions, IReadOnlyList<RegionSummary>>
{
    public async Task<IReadOnlyList<RegionSummary>> Handle(ListRegions request, CancellationToken cancellationToken)
    {
        var visible = user.Scope!.VisibleRegion;
        return await db.Regions
            .Where(r => visible == null || r.Code == visible)
            .OrderBy(r => r.Code)
            .Select(r => new RegionSummary(
                r.Code,
                r.Name,
                r.Provinces.Count,
                r.Provinces.SelectMany(p => p.Municipalities).Count()))
            .ToListAsync(cancellationToken);
    }
}
