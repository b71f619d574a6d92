using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>How long the uploaded file of a failed import is kept for a retry (<c>Budget:KeepFailedUploadsDays</c>, default 7).</summary>
public sealed record BudgetUploads(int KeepFailedDays)
{
    public static readonly BudgetUploads Default = new(7);

    public const string JobName = "discard-failed-uploads";

    /// <summary>Every day at 03:00 Lima time, when nobody uploads.</summary>
    public const string Cron = "0 3 * * *";
}

/// <summary>The daily clean-up: deletes the uploads of imports that failed more than the kept days ago; they can no longer be retried.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record DiscardFailedUploads : IBackgroundRequest;

internal sealed class DiscardFailedUploadsHandler(AppDbContext db, IFileStore files, BudgetUploads settings, TimeProvider clock)
    : IRequestHandler<DiscardFailedUploads, Unit>
{
    public async Task<Unit> Handle(DiscardFailedUploads request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutOff = now.AddDays(-settings.KeepFailedDays);
        var expired = await db.BudgetImports
            .Where(i => i.Status == JobStatus.Failed && i.SourceIsUpload && i.UploadDiscardedAt == null && i.FinishedAt < cutOff)
            .ToListAsync(cancellationToken);
        foreach (var import in expired)
        {
            await files.DeleteAsync(import.Source);
            import.DiscardUpload(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
