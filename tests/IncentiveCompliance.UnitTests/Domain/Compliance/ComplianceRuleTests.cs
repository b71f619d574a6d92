using System.Globalization;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Submissions;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain.Compliance;

public sealed class ComplianceRuleTests
{
    // Monday. In June 2026 the holidays are Sun 7 and Mon 29.
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly WorkingDayCalendar Calendar = new(PeruvianHolidays.For(2026).Select(h => h.Date));
    private const int Minimum = 80;

    [Theory]
    [InlineData(null, "2026-06-30", null, ItemState.NotSubmitted)]
    [InlineData(null, "2026-06-01", null, ItemState.NotSubmitted)] // the due date itself is still in time
    [InlineData(null, "2026-05-29", null, ItemState.Overdue)]
    [InlineData(SubmissionStatus.Draft, "2026-06-30", null, ItemState.Draft)]
    [InlineData(SubmissionStatus.Draft, "2026-06-01", null, ItemState.Draft)]
    [InlineData(SubmissionStatus.Draft, "2026-05-29", null, ItemState.Overdue)]
    [InlineData(SubmissionStatus.Submitted, "2026-06-30", null, ItemState.Submitted)]
    [InlineData(SubmissionStatus.Submitted, "2026-05-29", null, ItemState.Submitted)] // waiting for review is never overdue
    [InlineData(SubmissionStatus.Observed, "2026-05-15", "2026-06-05", ItemState.Observed)]
    [InlineData(SubmissionStatus.Observed, "2026-05-15", "2026-06-01", ItemState.Observed)]
    [InlineData(SubmissionStatus.Observed, "2026-05-15", "2026-05-29", ItemState.Overdue)]
    [InlineData(SubmissionStatus.Observed, "2026-06-30", null, ItemState.Observed)] // no deadline: the due date counts
    [InlineData(SubmissionStatus.Observed, "2026-05-29", null, ItemState.Overdue)]
    [InlineData(SubmissionStatus.Approved, "2026-05-15", null, ItemState.Approved)]
    [InlineData(SubmissionStatus.Approved, "2026-06-30", null, ItemState.Approved)]
    [InlineData(SubmissionStatus.Rejected, "2026-05-15", null, ItemState.Rejected)]
    [InlineData(SubmissionStatus.Rejected, "2026-06-30", null, ItemState.Rejected)]
    public void The_item_state_follows_the_latest_submission_and_the_calendar(
        SubmissionStatus? latest, string dueDate, string? correctionDueDate, ItemState expected) =>
        ComplianceRule.StateOf(latest, Day(dueDate), correctionDueDate is null ? null : Day(correctionDueDate), Today)
            .Should().Be(expected);

    [Fact]
    public void All_items_approved_above_the_minimum_is_met_with_the_sum_of_their_points()
    {
        var result = Evaluate(
            Item("1.1", 40, mandatory: true, "2026-03-31", SubmissionStatus.Approved),
            Item("1.2", 30, mandatory: false, "2026-05-29", SubmissionStatus.Approved),
            Item("1.3", 30, mandatory: false, "2026-06-30", SubmissionStatus.Approved));

        result.Status.Should().Be(ComplianceStatus.Met);
        result.Score.Should().Be(100);
        result.MaxScore.Should().Be(100);
    }

    [Fact]
    public void Met_needs_only_the_minimum_even_with_an_item_lost()
    {
        var result = Evaluate(
            Item("1.1", 85, mandatory: true, "2026-05-15", SubmissionStatus.Approved),
            Item("1.2", 15, mandatory: false, "2026-05-15", null)); // overdue

        result.Status.Should().Be(ComplianceStatus.Met);
        result.Score.Should().Be(85);
    }

    [Theory]
    [InlineData(SubmissionStatus.Submitted, null)]
    [InlineData(SubmissionStatus.Observed, "2026-06-10")]
    [InlineData(SubmissionStatus.Draft, null)]
    [InlineData(null, null)]
    [InlineData(SubmissionStatus.Rejected, null)] // rejected before its due date: it can still be sent again
    public void Reaching_the_score_is_not_met_while_a_mandatory_item_is_not_approved(SubmissionStatus? mandatoryLatest, string? correctionDue)
    {
        var result = Evaluate(
            Item("1.1", 60, mandatory: false, "2026-05-15", SubmissionStatus.Approved),
            Item("1.2", 30, mandatory: false, "2026-05-15", SubmissionStatus.Approved),
            Item("1.3", 10, mandatory: true, "2026-06-30", mandatoryLatest, correctionDue));

        result.Score.Should().Be(90);
        result.Status.Should().NotBe(ComplianceStatus.Met);
        result.Status.Should().NotBe(ComplianceStatus.NotMet); // it is still reachable
    }

    [Fact]
    public void An_overdue_mandatory_item_is_not_met()
    {
        var result = Evaluate(
            Item("1.1", 90, mandatory: false, "2026-05-15", SubmissionStatus.Approved),
            Item("1.2", 10, mandatory: true, "2026-05-15", null));

        result.Score.Should().Be(90);
        result.Status.Should().Be(ComplianceStatus.NotMet);
    }

    [Fact]
    public void A_mandatory_item_rejected_after_its_due_date_is_not_met()
    {
        var result = Evaluate(
            Item("1.1", 90, mandatory: false, "2026-05-15", SubmissionStatus.Approved),
            Item("1.2", 10, mandatory: true, "2026-05-29", SubmissionStatus.Rejected));

        result.Status.Should().Be(ComplianceStatus.NotMet);
    }

    [Fact]
    public void Points_still_obtainable_below_the_minimum_is_not_met()
    {
        // 30 points are lost (overdue): at most 70 can still be earned, below the minimum of 80.
        var result = Evaluate(
            Item("1.1", 30, mandatory: false, "2026-05-15", null),
            Item("1.2", 70, mandatory: false, "2026-09-30", null));

        result.Status.Should().Be(ComplianceStatus.NotMet);
        result.Score.Should().Be(0);
    }

    [Fact]
    public void An_observation_not_corrected_by_its_deadline_is_lost()
    {
        var result = Evaluate(
            Item("1.1", 30, mandatory: false, "2026-05-15", SubmissionStatus.Observed, "2026-05-29"),
            Item("1.2", 70, mandatory: false, "2026-09-30", SubmissionStatus.Approved));

        result.Items[0].State.Should().Be(ItemState.Overdue);
        result.Status.Should().Be(ComplianceStatus.NotMet);
    }

    [Fact]
    public void An_observed_item_is_at_risk()
    {
        var result = Evaluate(
            Item("1.1", 50, mandatory: true, "2026-05-15", SubmissionStatus.Observed, "2026-06-10"),
            Item("1.2", 50, mandatory: false, "2026-09-30", null));

        result.Status.Should().Be(ComplianceStatus.AtRisk);
    }

    [Fact]
    public void A_rejected_item_still_in_time_is_at_risk()
    {
        var result = Evaluate(
            Item("1.1", 50, mandatory: true, "2026-09-30", SubmissionStatus.Rejected),
            Item("1.2", 50, mandatory: false, "2026-09-30", null));

        result.Status.Should().Be(ComplianceStatus.AtRisk);
    }

    [Fact]
    public void A_lost_item_that_leaves_the_minimum_reachable_is_at_risk()
    {
        var result = Evaluate(
            Item("1.1", 10, mandatory: false, "2026-05-15", null), // overdue
            Item("1.2", 90, mandatory: true, "2026-09-30", null));

        result.Status.Should().Be(ComplianceStatus.AtRisk);
    }

    [Theory]
    [InlineData(null, "2026-06-01")]               // due today: 0 working days left
    [InlineData(null, "2026-06-05")]               // Tue 2 … Fri 5: 4 working days
    [InlineData(null, "2026-06-08")]               // Tue 2 … Fri 5, Mon 8: exactly 5 working days
    [InlineData(SubmissionStatus.Draft, "2026-06-05")]
    [InlineData(SubmissionStatus.Draft, "2026-06-08")]
    public void An_open_item_due_within_five_working_days_is_at_risk(SubmissionStatus? latest, string dueDate)
    {
        var result = Evaluate(
            Item("1.1", 50, mandatory: false, "2026-05-15", SubmissionStatus.Approved),
            Item("1.2", 50, mandatory: true, dueDate, latest));

        result.Status.Should().Be(ComplianceStatus.AtRisk);
    }

    [Theory]
    [InlineData(null, "2026-06-09")]               // 6 working days away
    [InlineData(null, "2026-06-22")]               // 3 weeks away: 15 working days
    [InlineData(SubmissionStatus.Draft, "2026-06-22")]
    [InlineData(SubmissionStatus.Submitted, "2026-06-02")] // sent: nothing left to do but wait for the review
    public void An_item_not_due_soon_with_nothing_wrong_is_on_track(SubmissionStatus? latest, string dueDate)
    {
        var result = Evaluate(
            Item("1.1", 50, mandatory: false, "2026-05-15", SubmissionStatus.Approved),
            Item("1.2", 50, mandatory: true, dueDate, latest));

        result.Status.Should().Be(ComplianceStatus.OnTrack);
    }

    [Fact]
    public void The_warning_window_is_five_working_days() => ComplianceRule.WarningWorkingDays.Should().Be(5);

    [Fact]
    public void The_maximum_score_is_the_sum_of_the_points_and_items_keep_their_codes_and_due_dates()
    {
        var result = Evaluate(
            Item("5.1", 20, mandatory: true, "2026-03-31", SubmissionStatus.Approved),
            Item("5.2", 35, mandatory: false, "2026-06-30", SubmissionStatus.Submitted),
            Item("5.3", 45, mandatory: true, "2026-05-15", null));

        result.MaxScore.Should().Be(100);
        result.Score.Should().Be(20);
        result.Items.Select(i => (i.Code, i.DueDate, i.Points, i.Mandatory)).Should().Equal(
            ("5.1", Day("2026-03-31"), 20, true),
            ("5.2", Day("2026-06-30"), 35, false),
            ("5.3", Day("2026-05-15"), 45, true));
        result.Items.Select(i => i.State).Should().Equal(ItemState.Approved, ItemState.Submitted, ItemState.Overdue);
        result.Items.Select(i => i.PointsEarned).Should().Equal(20, 0, 0);
    }

    [Fact]
    public void The_worked_example_of_the_documentation_holds()
    {
        // docs/compliance.md, "Worked example".
        ItemFacts[] items =
        [
            Item("5.1", 20, mandatory: true, "2026-03-31", SubmissionStatus.Approved),
            Item("5.2", 30, mandatory: false, "2026-05-15", SubmissionStatus.Observed, "2026-06-05"),
            Item("5.3", 30, mandatory: true, "2026-06-08", SubmissionStatus.Draft),
            Item("5.4", 20, mandatory: false, "2026-05-29", null),
        ];

        var now = ComplianceRule.Evaluate(items, Minimum, Today, Calendar);
        now.Items.Select(i => i.State).Should().Equal(ItemState.Approved, ItemState.Observed, ItemState.Draft, ItemState.Overdue);
        now.Score.Should().Be(20);
        now.MaxScore.Should().Be(100);
        now.Status.Should().Be(ComplianceStatus.AtRisk);

        var aWeekLater = ComplianceRule.Evaluate(items, Minimum, new DateOnly(2026, 6, 8), Calendar);
        aWeekLater.Items[1].State.Should().Be(ItemState.Overdue);
        aWeekLater.Status.Should().Be(ComplianceStatus.NotMet);

        var allApproved = items.Select(i => i with { Latest = SubmissionStatus.Approved, CorrectionDueDate = null });
        ComplianceRule.Evaluate(allApproved, Minimum, Today, Calendar).Should().Match<ComplianceResult>(r => r.Status == ComplianceStatus.Met && r.Score == 100);
    }

    private static ComplianceResult Evaluate(params ItemFacts[] items) => ComplianceRule.Evaluate(items, Minimum, Today, Calendar);

    private static ItemFacts Item(string code, int points, bool mandatory, string dueDate, SubmissionStatus? latest, string? correctionDueDate = null) =>
        new(code, points, mandatory, Day(dueDate), latest, correctionDueDate is null ? null : Day(correctionDueDate));

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_draft_answering_an_observation_keeps_the_correction_deadline()
    {
        var due = new DateOnly(2026, 5, 20);
        var correction = new DateOnly(2026, 6, 8);

        ComplianceRule.StateOf(SubmissionStatus.Draft, due, correction, new DateOnly(2026, 6, 1)).Should().Be(ItemState.Draft);
        ComplianceRule.StateOf(SubmissionStatus.Draft, due, correction, new DateOnly(2026, 6, 9)).Should().Be(ItemState.Overdue);
    }
}
