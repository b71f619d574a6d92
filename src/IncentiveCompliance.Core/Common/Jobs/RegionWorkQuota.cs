using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Common.Jobs;

/// <summary>How many reports, and how many budget imports, one region may have waiting or running at once (<c>Jobs:QueuedPerRegion</c>).</summary>
public sealed record RegionWorkLimit(int PerRegion)
{
    public static readonly RegionWorkLimit Default = new(3);
}

/// <summary>
/// Keeps one region from stalling everyone's background work: beyond its small quota of reports or imports waiting or
/// running, a new one is refused with 429 until those finish. A national import (no region) has a quota of its own.
/// </summary>
public sealed class RegionWorkQuota(AppDbContext db, RegionWorkLimit limit)
{
    public async Task EnsureRoomForReportAsync(string regionCode, CancellationToken cancellationToken)
    {
        var busy = await db.ComplianceReports.CountAsync(r => r.RegionCode == regionCode && (r.Status == JobStatus.Queued || r.Status == JobStatus.Running || r.Status == JobStatus.Retrying), cancellationToken);
        Refuse(busy, "reportes");
    }

    public async Task EnsureRoomForImportAsync(string? regionCode, CancellationToken cancellationToken)
    {
        var busy = await db.BudgetImports.CountAsync(i => i.RegionCode == regionCode && (i.Status == JobStatus.Queued || i.Status == JobStatus.Running || i.Status == JobStatus.Retrying), cancellationToken);
        Refuse(busy, "importaciones");
    }

    private void Refuse(int busy, string what)
    {
        if (busy >= limit.PerRegion)
        {
            throw new TooManyAttemptsException(
                $"Ya hay {busy} {what} de esta región en cola o en curso (el máximo es {limit.PerRegion}). Espere a que terminen y vuelva a pedirlo.",
                TimeSpan.FromMinutes(1));
        }
    }
}
