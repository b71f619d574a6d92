using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>
/// The secretariat decides on a submitted item: approve, observe (reason required; correction deadline given or
/// <see cref="DefaultCorrectionWorkingDays"/> working days from today) or reject (reason required). Two reviewers
/// deciding at once: the second gets a conflict; so does a reviewer who names the version read
/// (<paramref name="ExpectedVersion"/>, the API's If-Match) after the submission changed.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ReviewSubmission(Guid SubmissionId, string? Decision, string? Reason, DateOnly? CorrectionDueDate, int? ExpectedVersion = null)
    : IRequest<ReviewResult>, ISubmissionScoped
{
    public const int DefaultCorrectionWorkingDays = 5;
}

public sealed record ReviewResult(Guid Id, SubmissionStatus Status, DateOnly? CorrectionDueDate);

public sealed class ReviewSubmissionValidator : AbstractValidator<ReviewSubmission>
{
    public ReviewSubmissionValidator(TimeProvider clock)
    {
        RuleFor(x => x.Decision).Must(d => EnumJson.Parse<ReviewDecision>(d) is not null)
            .WithMessage("La decisión debe ser approve, observe o reject.");
        RuleFor(x => x.Reason).NotEmpty().When(x => EnumJson.Parse<ReviewDecision>(x.Decision) is ReviewDecision.Observe or ReviewDecision.Reject)
            .WithMessage("Explique el motivo de la observación o del rechazo.");
        RuleFor(x => x.Reason).MaximumLength(4000);
        RuleFor(x => x.CorrectionDueDate).GreaterThan(_ => LimaTime.Today(clock)).When(x => x.CorrectionDueDate is not null)
            .WithMessage("El plazo de subsanación debe ser posterior a hoy.");
    }
}

internal sealed class ReviewSubmissionHandler(AppDbContext db, ReferenceData reference, AuditTrail audit, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReviewSubmission, ReviewResult>
{
    public async Task<ReviewResult> Handle(ReviewSubmission request, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.SingleAsync(s => s.Id == request.SubmissionId, cancellationToken);
        if (request.ExpectedVersion is { } expected && submission.Version != expected)
        {
            throw new StaleVersionException("El avance cambió desde que lo leyó; vuelva a cargarlo antes de revisarlo.");
        }

        var decision = EnumJson.Parse<ReviewDecision>(request.Decision)!.Value;
        var today = LimaTime.Today(clock);
        DateOnly? correctionDue = decision != ReviewDecision.Observe ? null
            : request.CorrectionDueDate ?? (await reference.WorkingDaysAsync(cancellationToken))
                .AddWorkingDays(today, ReviewSubmission.DefaultCorrectionWorkingDays);
        var before = new { Status = submission.Status.ToString() };
        submission.Review(decision, request.Reason, correctionDue, user.UserId!, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditAction.SubmissionReviewed, "Submission", submission.Id.ToString(), submission.Ubigeo, before,
            new { Status = submission.Status.ToString(), submission.ReviewReason, submission.CorrectionDueDate });
        await db.SaveChangesAsync(cancellationToken); // a concurrent review changed Version: DbUpdateConcurrencyException → 409
        return new ReviewResult(submission.Id, submission.Status, submission.CorrectionDueDate);
    }
}
