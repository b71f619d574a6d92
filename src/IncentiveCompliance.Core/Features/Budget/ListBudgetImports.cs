using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>The latest imports the caller may see: a secretariat its region's, an administrator all.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListBudgetImports : IRequest<IReadOnlyList<BudgetImportStatus>>;

internal sealed class ListBudgetImportsHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<ListBudgetImports, IReadOnlyList<BudgetImportStatus>>
{
    public async Task<IReadOnlyList<BudgetImportStatus>> Handle(ListBudgetImports request, CancellationToken cancellationToken)
    {
        var region = user.Scope!.VisibleRegion;
        var imports = await db.BudgetImports.AsNoTracking()
            .Where(i => region == null || i.RegionCode == region)
            .OrderByDescending(i => i.RequestedAt).Take(50).ToListAsync(cancellationToken);
        return imports.Select(BudgetImportStatus.Of).ToList();
    }
}
