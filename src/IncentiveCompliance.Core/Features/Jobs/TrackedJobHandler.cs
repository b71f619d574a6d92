using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Jobs;

/// <summary>
/// The one shape of long-running work (a budget import, a compliance report): find the work's row, leave it alone when
/// it is finished (a job may run twice), mark it started, do the work, and keep a failure that trying again will not cure
/// on the row with its Spanish message. Any other failure is the job server's to retry; <see cref="RecordJobFailure"/>
/// writes it on the row.
/// </summary>
internal abstract class TrackedJobHandler<TJob, TWork>(AppDbContext db, TimeProvider clock) : IRequestHandler<TJob, Unit>
    where TJob : ITrackedJob
    where TWork : class, ITrackedWork
{
    /// <summary>How the error names the row when it is missing («la importación»).</summary>
    protected abstract string WorkName { get; }

    protected AppDbContext Db { get; } = db;

    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Unit> Handle(TJob request, CancellationToken cancellationToken)
    {
        var work = await Db.FindAsync<TWork>([request.WorkId], cancellationToken) ?? throw new NotFoundException(WorkName, request.WorkId);
        if (work.IsFinished)
        {
            return Unit.Value;
        }

        work.Start(Now);
        await Db.SaveChangesAsync(cancellationToken);
        try
        {
            await RunAsync(work, cancellationToken);
        }
        catch (Exception e) when (LastingFailure(e) is { } message)
        {
            await RecordFailureAsync(work, message, cancellationToken);
            AppMetrics.WorkFailedForGood(typeof(TJob).Name);
        }

        return Unit.Value;
    }

    protected abstract Task RunAsync(TWork work, CancellationToken cancellationToken);

    /// <summary>The Spanish message the row keeps for a failure that trying again will not cure (a bad file, no Chromium); null for any other.</summary>
    protected abstract string? LastingFailure(Exception e);

    protected virtual async Task RecordFailureAsync(TWork work, string message, CancellationToken cancellationToken)
    {
        work.Fail(message, Now);
        await Db.SaveChangesAsync(cancellationToken);
    }
}
