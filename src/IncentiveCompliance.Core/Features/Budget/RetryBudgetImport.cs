using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>Queues a failed import again, from its kept file (an upload is kept <see cref="BudgetUploads.KeepFailedDays"/> days after it failed).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record RetryBudgetImport(Guid BudgetImportId) : IRequest<BudgetImportStatus>, IBudgetImportScoped;

internal sealed class RetryBudgetImportHandler(AppDbContext db, IBackgroundJobs jobs) : IRequestHandler<RetryBudgetImport, BudgetImportStatus>
{
    public async Task<BudgetImportStatus> Handle(RetryBudgetImport request, CancellationToken cancellationToken)
    {
        var import = await db.BudgetImports.SingleOrDefaultAsync(i => i.Id == request.BudgetImportId, cancellationToken)
            ?? throw new NotFoundException("la importación", request.BudgetImportId);
        if (!import.CanRetry)
        {
            throw new ConflictException(import.IsFinished && import.Status == Domain.Jobs.JobStatus.Failed
                ? "El archivo de esta importación ya no se conserva: vuelva a subirlo."
                : "Solo se reintenta una importación fallida.");
        }

        import.Retry();
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync(new RunBudgetImport(import.Id), cancellationToken);
        return BudgetImportStatus.Of(import);
    }
}
