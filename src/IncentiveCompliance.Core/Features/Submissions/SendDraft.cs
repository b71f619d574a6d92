using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Calendar;
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
        var requirement = await db.Requirements.SingleAsync(r => r.Id == submission.RequirementId, cancellationToken);
        var failures = ContentRules.Check(requirement, submission.Value, submission.EvidenceDate, LimaTime.Today(clock), requireValue: true);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        submission.Send(clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditAction.SubmissionSubmitted, "Submission", submission.Id.ToString(), submission.Ubigeo, new { Status = "Draft" }, new { Status = submission.Status.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return new SubmissionCreated(submission.Id, submission.Status);
    }
}
