using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>Sends a saved draft for review.</summary>
[AllowedRoles(Roles.Administrator, Roles.MunicipalManager)]
public sealed record SendDraft(Guid SubmissionId) : IRequest<SubmissionCreated>, ISubmissionScoped;

internal sealed class SendDraftHandler(AppDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<SendDraft, SubmissionCreated>
{
    public async Task<SubmissionCreated> Handle(SendDraft request, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.Include(s => s.Files).SingleAsync(s => s.Id == request.SubmissionId, cancellationToken);
        submission.Send(clock.GetUtcNow().UtcDateTime);
        audit.Record("submission.submitted", "Submission", submission.Id.ToString(), submission.Ubigeo, new { Status = "Draft" }, new { Status = submission.Status.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return new SubmissionCreated(submission.Id, ApiNames.Of(submission.Status));
    }
}
