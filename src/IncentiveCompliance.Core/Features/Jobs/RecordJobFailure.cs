using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

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
        var now = clock.GetUtcNow().UtcDateTime;
        switch (request.Job)
        {
            case RunBudgetImport run when await db.BudgetImports.SingleOrDefaultAsync(i => i.Id == run.ImportId, cancellationToken) is { IsFinished: false } import:
                if (request.WillRetry)
                {
                    import.WillRetry(request.Message);
                }
                else
                {
                    import.Fail(request.Message, now);
                }

                break;
            case GenerateComplianceReport run when await db.ComplianceReports.SingleOrDefaultAsync(r => r.Id == run.ReportId, cancellationToken) is { IsFinished: false } report:
                if (request.WillRetry)
                {
                    report.WillRetry(request.Message);
                }
                else
                {
                    report.Fail(request.Message, now);
                }

                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
