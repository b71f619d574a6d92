using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>The regions the caller can see (all for an administrator, their own otherwise), with their counts, by code.</summary>
/// <remarks>A region code has two digits, so there are never more than 100: one page of <see cref="PageSize.Max"/> holds them all.</remarks>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record ListRegions(int Limit = PageSize.Default, string? Cursor = null) : IRequest<Page<RegionSummary>>, IPagedRequest
{
    internal static readonly PageCursor<After> Cursors = new("regions");

    internal sealed record After(string Code);
}

public sealed record RegionSummary(string Code, string Name, int ProvinceCount, int MunicipalityCount);

public sealed class ListRegionsValidator : AbstractValidator<ListRegions>
{
    public ListRegionsValidator() => this.ValidPage(ListRegions.Cursors);
}

internal sealed class ListRegionsHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<ListRegions, Page<RegionSummary>>
{
    public async Task<Page<RegionSummary>> Handle(ListRegions request, CancellationToken cancellationToken)
    {
        var visible = user.Scope!.VisibleRegion;
        var after = ListRegions.Cursors.After(request)?.Code;
        return await db.Regions
            .Where(r => visible == null || r.Code == visible)
            .Where(r => after == null || r.Code.CompareTo(after) > 0)
            .OrderBy(r => r.Code)
            .Select(r => new RegionSummary(
                r.Code,
                r.Name,
                r.Provinces.Count,
                r.Provinces.SelectMany(p => p.Municipalities).Count()))
            .ToPageAsync(request, ListRegions.Cursors, r => new ListRegions.After(r.Code), cancellationToken);
    }
}
