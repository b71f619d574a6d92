using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Jobs;

/// <summary>
/// At start-up of the only node of an SQLite database: queues again every import and report a previous run left
/// unfinished (its process was killed), since the SQLite job store would hand their jobs out again only after its fixed
/// invisibility timeout. Both jobs are safe to run twice; a finished one is left alone.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record ResumeUnfinishedWork : IRequest<int>;

internal sealed class ResumeUnfinishedWorkHandler(AppDbContext db, IBackgroundJobs jobs) : IRequestHandler<ResumeUnfinishedWork, int>
{
    private static readonly JobStatus[] Unfinished = [JobStatus.Queued, JobStatus.Running, JobStatus.Retrying];

    public async Task<int> Handle(ResumeUnfinishedWork request, CancellationToken cancellationToken)
    {
        var imports = await db.BudgetImports.Where(i => Unfinished.Contains(i.Status)).Select(i => i.Id).ToListAsync(cancellationToken);
        var reports = await db.ComplianceReports.Where(r => Unfinished.Contains(r.Status)).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var id in imports)
        {
            await jobs.EnqueueAsync(new RunBudgetImport(id), cancellationToken);
        }

        foreach (var id in reports)
        {
            await jobs.EnqueueAsync(new GenerateComplianceReport(id), cancellationToken);
        }

        return imports.Count + reports.Count;
    }
}
