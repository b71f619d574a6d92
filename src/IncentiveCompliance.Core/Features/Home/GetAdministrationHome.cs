using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Home;

/// <summary>The administrator's first page: background work that failed, the latest budget imports, and accounts locked or disabled.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record GetAdministrationHome : IRequest<AdministrationHome>
{
    public const int Shown = 5;
}

/// <param name="FailedJobs">Jobs that failed for good in the job server (their details in the jobs dashboard).</param>
/// <param name="FailedWork">The latest imports and reports that ended in failure, with their Spanish reason.</param>
/// <param name="LatestImports">The latest budget imports, newest first.</param>
/// <param name="Accounts">Accounts whose sign-in is paused after failures or that an administrator disabled.</param>
public sealed record AdministrationHome(long FailedJobs, IReadOnlyList<FailedWork> FailedWork, IReadOnlyList<BudgetImportStatus> LatestImports, IReadOnlyList<UserSummary> Accounts);

/// <param name="Kind">«budget-import» or «report».</param>
public sealed record FailedWork(string Kind, Guid Id, string? Region, DateTime? FailedAt, string? Error);

internal sealed class GetAdministrationHomeHandler(AppDbContext db, IBackgroundJobs jobs, TimeProvider clock) : IRequestHandler<GetAdministrationHome, AdministrationHome>
{
    public async Task<AdministrationHome> Handle(GetAdministrationHome request, CancellationToken cancellationToken)
    {
        var imports = await db.BudgetImports.AsNoTracking().OrderByDescending(i => i.RequestedAt).ThenByDescending(i => i.Id)
            .Take(GetAdministrationHome.Shown).ToListAsync(cancellationToken);
        var failedImports = await db.BudgetImports.AsNoTracking().Where(i => i.Status == JobStatus.Failed).OrderByDescending(i => i.FinishedAt)
            .Take(GetAdministrationHome.Shown).Select(i => new FailedWork("budget-import", i.Id, i.RegionCode, i.FinishedAt, i.Error)).ToListAsync(cancellationToken);
        var failedReports = await db.ComplianceReports.AsNoTracking().Where(r => r.Status == JobStatus.Failed).OrderByDescending(r => r.FinishedAt)
            .Take(GetAdministrationHome.Shown).Select(r => new FailedWork("report", r.Id, r.RegionCode, r.FinishedAt, r.Error)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // The lockout end compared in memory: SQLite cannot compare date-time offsets in SQL.
        var accounts = await db.Users.AsNoTracking().Where(u => u.DisabledAt != null || u.LockoutEnd != null).OrderBy(u => u.Email)
            .Select(u => new { User = u, Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return new AdministrationHome(
            await jobs.CountFailedAsync(cancellationToken),
            failedImports.Concat(failedReports).OrderByDescending(f => f.FailedAt).Take(GetAdministrationHome.Shown).ToList(),
            imports.Select(BudgetImportStatus.Of).ToList(),
            accounts.Select(a => UserSummary.Of(a.User, a.Role, now)).Where(u => u.Disabled || u.LockedOut).ToList());
    }
}
