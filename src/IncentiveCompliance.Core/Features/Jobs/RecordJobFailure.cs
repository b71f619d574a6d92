using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Jobs;

/// <summary>
/// What a job that threw leaves on the work's own row, so nobody watches a «running» that will never end: «retrying»
/// with the reason while the job server tries again, «failed» with a Spanish message once it gives up. Jobs without a
/// row of their own (alerts, schedules) leave the failure to the job server's dashboard and the log.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RecordJobFailure(IBackgroundRequest Job, string Message, bool WillRetry) : IRequest<Unit>;

internal sealed class RecordJobFailureHandler(AppDbContext db, TimeProvider clock) : IRequestHandler<RecordJobFailure, Unit>
{
    public async Task<Unit> Handle(RecordJobFailure request, CancellationToken cancellationToken)
    {
        if (request.Job is ITrackedJob job && await db.FindAsync(job.WorkType, [job.WorkId], cancellationToken) is ITrackedWork { IsFinished: false } work)
        {
            if (request.WillRetry)
            {
                work.WillRetry(request.Message);
            }
            else
            {
                work.Fail(request.Message, clock.GetUtcNow().UtcDateTime);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
