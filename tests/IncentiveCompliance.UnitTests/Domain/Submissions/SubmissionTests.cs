using FluentAssertions;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Submissions;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain.Submissions;

public sealed class SubmissionTests
{
    private static readonly DateTime Created = new(2026, 5, 4, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Sent = new(2026, 5, 5, 16, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Reviewed = new(2026, 5, 8, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly CorrectionDue = new(2026, 5, 15);

    private static readonly SubmissionContent Content =
        new("Patrullaje de abril", 72.5m, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), new DateOnly(2026, 4, 30));

    [Fact]
    public void Starting_without_sending_keeps_a_draft()
    {
        var submission = Draft();

        submission.Status.Should().Be(SubmissionStatus.Draft);
        submission.SubmittedAt.Should().BeNull();
        submission.Version.Should().Be(0);
        submission.Ubigeo.Should().Be("080108");
        submission.CreatedBy.Should().Be("user-1");
        submission.CreatedAt.Should().Be(Created);
        submission.Note.Should().Be("Patrullaje de abril");
        submission.Value.Should().Be(72.5m);
        submission.EvidenceDate.Should().Be(new DateOnly(2026, 4, 30));
    }

    [Fact]
    public void Sending_without_files_is_refused()
    {
        var submission = Draft();

        var act = () => submission.Send(Sent);

        act.Should().Throw<FluentValidation.ValidationException>();
        submission.Status.Should().Be(SubmissionStatus.Draft);
        submission.Version.Should().Be(0);
    }

    [Fact]
    public void Sending_with_a_file_submits_it()
    {
        var submission = Draft();
        submission.Files.Add(File());

        submission.Send(Sent);

        submission.Status.Should().Be(SubmissionStatus.Submitted);
        submission.SubmittedAt.Should().Be(Sent);
        submission.Version.Should().Be(1);
    }

    [Fact]
    public void Sending_twice_is_a_conflict()
    {
        var submission = SubmittedOne();

        var act = () => submission.Send(Sent);

        act.Should().Throw<ConflictException>();
    }

    [Theory]
    [InlineData(ReviewDecision.Approve, SubmissionStatus.Approved)]
    [InlineData(ReviewDecision.Observe, SubmissionStatus.Observed)]
    [InlineData(ReviewDecision.Reject, SubmissionStatus.Rejected)]
    public void A_review_gives_the_matching_status(ReviewDecision decision, SubmissionStatus expected)
    {
        var submission = SubmittedOne();

        submission.Review(decision, "  Motivo  ", CorrectionDue, "auditor-1", Reviewed);

        submission.Status.Should().Be(expected);
        submission.ReviewedBy.Should().Be("auditor-1");
        submission.ReviewedAt.Should().Be(Reviewed);
        submission.ReviewReason.Should().Be("Motivo");
        submission.Version.Should().Be(2);
    }

    [Fact]
    public void An_observation_keeps_the_correction_due_date()
    {
        var submission = SubmittedOne();

        submission.Review(ReviewDecision.Observe, "Falta el acta firmada", CorrectionDue, "auditor-1", Reviewed);

        submission.CorrectionDueDate.Should().Be(CorrectionDue);
    }

    [Theory]
    [InlineData(ReviewDecision.Approve)]
    [InlineData(ReviewDecision.Reject)]
    public void Only_an_observation_has_a_correction_due_date(ReviewDecision decision)
    {
        var submission = SubmittedOne();

        submission.Review(decision, null, CorrectionDue, "auditor-1", Reviewed);

        submission.CorrectionDueDate.Should().BeNull();
    }

    [Fact]
    public void A_blank_reason_is_stored_as_none()
    {
        var submission = SubmittedOne();

        submission.Review(ReviewDecision.Approve, "   ", null, "auditor-1", Reviewed);

        submission.ReviewReason.Should().BeNull();
    }

    [Fact]
    public void Reviewing_twice_is_a_conflict()
    {
        var submission = SubmittedOne();
        submission.Review(ReviewDecision.Approve, null, null, "auditor-1", Reviewed);

        var act = () => submission.Review(ReviewDecision.Reject, "Tarde", null, "auditor-2", Reviewed);

        act.Should().Throw<ConflictException>();
        submission.Status.Should().Be(SubmissionStatus.Approved);
        submission.ReviewedBy.Should().Be("auditor-1");
        submission.Version.Should().Be(2);
    }

    [Fact]
    public void Reviewing_a_draft_is_a_conflict()
    {
        var submission = Draft();

        var act = () => submission.Review(ReviewDecision.Approve, null, null, "auditor-1", Reviewed);

        act.Should().Throw<ConflictException>();
        submission.Status.Should().Be(SubmissionStatus.Draft);
    }

    private static Submission Draft() =>
        Submission.Start("080108", Guid.NewGuid(), "user-1", Created, Content);

    private static Submission SubmittedOne()
    {
        var submission = Draft();
        submission.Files.Add(File());
        submission.Send(Sent);
        return submission;
    }

    private static EvidenceFile File() =>
        new() { FileName = "a.pdf", ContentType = "application/pdf", Size = 1, Sha256 = "x", StorageKey = "k" };
}
