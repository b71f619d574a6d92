using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>The imports the caller may see, newest first (by request time, then id): a secretariat its region's, an administrator all.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListBudgetImports(int Limit = PageSize.Default, string? Cursor = null) : IRequest<Page<BudgetImportStatus>>, IPagedRequest
{
    internal static readonly PageCursor<Before> Cursors = new("budget-imports");

    internal sealed record Before(DateTime RequestedAt, Guid Id);
}

public sealed class ListBudgetImportsValidator : AbstractValidator<ListBudgetImports>
{
    public ListBudgetImportsValidator() => this.ValidPage(ListBudgetImports.Cursors);
}

internal sealed class ListBudgetImportsHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<ListBudgetImports, Page<BudgetImportStatus>>
{
    public async Task<Page<BudgetImportStatus>> Handle(ListBudgetImports request, CancellationToken cancellationToken)
    {
        var region = user.Scope!.VisibleRegion;
        var before = ListBudgetImports.Cursors.After(request);
        var (at, id) = (before?.RequestedAt, before?.Id ?? Guid.Empty);
        var imports = await db.BudgetImports.AsNoTracking()
            .Where(i => region == null || i.RegionCode == region)
            .Where(i => at == null || i.RequestedAt < at || (i.RequestedAt == at && i.Id.CompareTo(id) < 0))
            .OrderByDescending(i => i.RequestedAt).ThenByDescending(i => i.Id)
            .ToPageAsync(request, ListBudgetImports.Cursors, i => new ListBudgetImports.Before(i.RequestedAt, i.Id), cancellationToken);
        return imports.Map(BudgetImportStatus.Of);
    }
}
