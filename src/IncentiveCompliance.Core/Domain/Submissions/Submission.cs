using IncentiveCompliance.Core.Common.Errors;

namespace IncentiveCompliance.Core.Domain.Submissions;

/// <summary>
/// What a municipality reports on one requirement: a note, a value for indicators, the period and the date of
/// the evidence, and its files. It moves draft → submitted → approved | observed | rejected; an observation is
/// answered with a new submission on the same requirement.
/// </summary>
public sealed class Submission
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public required string Ubigeo { get; init; }

    public Guid RequirementId { get; init; }

    public SubmissionStatus Status { get; private set; }

    public string Note { get; private set; } = "";

    public decimal? Value { get; private set; }

    public DateOnly? PeriodFrom { get; private set; }

    public DateOnly? PeriodTo { get; private set; }

    /// <summary>When the evidence is from (the date of the acta, the photos, the report), not when it was uploaded.</summary>
    public DateOnly? EvidenceDate { get; private set; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReviewReason { get; private set; }

    /// <summary>For an observation: the last day to correct ("plazo de subsanación").</summary>
    public DateOnly? CorrectionDueDate { get; private set; }

    /// <summary>Optimistic concurrency: two reviewers deciding at once, only the first one counts.</summary>
    public int Version { get; private set; }

    public IList<EvidenceFile> Files { get; } = [];

    /// <summary>For a training requirement met by attendance: the event that is its evidence.</summary>
    public Guid? TrainingEventId { get; private set; }

    /// <summary>A training requirement met because someone of the municipality attended a training that satisfies it: approved by the system.</summary>
    public static Submission FromTraining(string ubigeo, Guid requirementId, Guid trainingEventId, string note, DateTime now) => new()
    {
        Ubigeo = ubigeo,
        RequirementId = requirementId,
        CreatedBy = "sistema",
        CreatedAt = now,
        Note = note,
        TrainingEventId = trainingEventId,
        Status = SubmissionStatus.Approved,
        SubmittedAt = now,
        ReviewedAt = now,
        ReviewedBy = "sistema",
        ReviewReason = "Cumplido por asistencia a la capacitación.",
        Version = 1,
    };

    /// <summary>A new draft with its content; files are added to <see cref="Files"/>, then it is sent or kept.</summary>
    public static Submission Start(string ubigeo, Guid requirementId, string userId, DateTime now, SubmissionContent content) => new()
    {
        Ubigeo = ubigeo,
        RequirementId = requirementId,
        CreatedBy = userId,
        CreatedAt = now,
        Status = SubmissionStatus.Draft,
        Note = content.Note,
        Value = content.Value,
        PeriodFrom = content.PeriodFrom,
        PeriodTo = content.PeriodTo,
        EvidenceDate = content.EvidenceDate,
    };

    public void Send(DateTime now)
    {
        RequireStatus(SubmissionStatus.Draft, "Este avance ya fue enviado.");
        if (Files.Count == 0)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("files", "Adjunte al menos un archivo de evidencia antes de enviar.")]);
        }

        Status = SubmissionStatus.Submitted;
        SubmittedAt = now;
        Version++;
    }

    public void Review(ReviewDecision decision, string? reason, DateOnly? correctionDueDate, string reviewerId, DateTime now)
    {
        RequireStatus(SubmissionStatus.Submitted, "Este avance ya fue revisado o aún no se envió.");
        if (reviewerId == CreatedBy)
        {
            // Separation of duties, administrators included: whoever registered the evidence does not approve it.
            throw new ForbiddenException("No puede revisar un avance que usted registró: debe revisarlo otra persona.");
        }

        Status = decision switch
        {
            ReviewDecision.Approve => SubmissionStatus.Approved,
            ReviewDecision.Observe => SubmissionStatus.Observed,
            _ => SubmissionStatus.Rejected,
        };
        ReviewReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        CorrectionDueDate = decision == ReviewDecision.Observe ? correctionDueDate : null;
        ReviewedBy = reviewerId;
        ReviewedAt = now;
        Version++;
    }

    private void RequireStatus(SubmissionStatus expected, string message)
    {
        if (Status != expected)
        {
            throw new ConflictException(message);
        }
    }
}

/// <summary>What the municipality writes in a submission.</summary>
public sealed record SubmissionContent(string Note, decimal? Value, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateOnly? EvidenceDate);
