using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>Where an import stands, for the progress bar.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetBudgetImport(Guid BudgetImportId) : IRequest<BudgetImportStatus>, IBudgetImportScoped;

/// <summary>The latest imports the caller may see: a secretariat its region's, an administrator all.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListBudgetImports : IRequest<IReadOnlyList<BudgetImportStatus>>;

public sealed record BudgetImportStatus(
    Guid Id,
    int Year,
    string? Region,
    string FileName,
    string Status,
    long RowsRead,
    long RowsKept,
    long RowsSkipped,
    BudgetSkips Skipped,
    long BytesRead,
    long TotalBytes,
    string? Error,
    string RequestedBy,
    DateTime RequestedAt,
    DateTime? FinishedAt,
    bool CanRetry)
{
    public static BudgetImportStatus Of(BudgetImport i) => new(
        i.Id, i.Year, i.RegionCode, i.FileName, ApiNames.Of(i.Status), i.RowsRead, i.RowsKept, i.RowsSkipped,
        new BudgetSkips(i.SkippedOtherProgram, i.SkippedOtherGovernmentLevel, i.SkippedUnregisteredUbigeo),
        i.BytesRead, i.TotalBytes, i.Error, i.RequestedBy, i.RequestedAt, i.FinishedAt, i.CanRetry);

    /// <summary>Whole percent of the file read, for the progress bar.</summary>
    public int Percent => TotalBytes == 0 ? 0 : (int)Math.Min(100, BytesRead * 100 / TotalBytes);
}

/// <summary>Why rows were left out: another budget program, another level of government, a ubigeo not registered (or outside the region).</summary>
public sealed record BudgetSkips(long OtherProgram, long OtherGovernmentLevel, long UnregisteredUbigeo);

internal sealed class BudgetImportQueryHandlers(AppDbContext db, ICurrentUser user)
    : IRequestHandler<GetBudgetImport, BudgetImportStatus>, IRequestHandler<ListBudgetImports, IReadOnlyList<BudgetImportStatus>>
{
    public async Task<BudgetImportStatus> Handle(GetBudgetImport request, CancellationToken cancellationToken) =>
        BudgetImportStatus.Of(await db.BudgetImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.BudgetImportId, cancellationToken)
            ?? throw new NotFoundException("la importación", request.BudgetImportId));

    public async Task<IReadOnlyList<BudgetImportStatus>> Handle(ListBudgetImports request, CancellationToken cancellationToken)
    {
        var region = user.Scope!.VisibleRegion;
        var imports = await db.BudgetImports.AsNoTracking()
            .Where(i => region == null || i.RegionCode == region)
            .OrderByDescending(i => i.RequestedAt).Take(50).ToListAsync(cancellationToken);
        return imports.Select(BudgetImportStatus.Of).ToList();
    }
}
