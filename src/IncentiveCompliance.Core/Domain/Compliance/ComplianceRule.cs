using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Submissions;

namespace IncentiveCompliance.Core.Domain.Compliance;

/// <summary>One applicable requirement and the latest submission on it, as the rule sees them.</summary>
public sealed record ItemFacts(string Code, int Points, bool Mandatory, DateOnly DueDate, SubmissionStatus? Latest, DateOnly? CorrectionDueDate);

public sealed record ItemResult(string Code, ItemState State, DateOnly DueDate, int Points, int PointsEarned, bool Mandatory);

public sealed record ComplianceResult(int Score, int MaxScore, ComplianceStatus Status, IReadOnlyList<ItemResult> Items);

/// <summary>
/// How far a municipality is from meeting the year's commitment (see docs/compliance.md).
/// <list type="bullet">
/// <item>Item state: the latest submission's status; with none (or only a draft) it is <c>not_submitted</c> (or
/// <c>draft</c>) until the due date and <c>overdue</c> after it; an observation not corrected by its deadline is
/// <c>overdue</c>, and so is a draft answering it once that deadline has passed.</item>
/// <item>Score: the points of approved items; the maximum is the points of every applicable requirement.</item>
/// <item><c>met</c>: score ≥ the year's minimum and every mandatory item approved.</item>
/// <item><c>not_met</c>: not met and out of reach: the points still obtainable (approved, plus items not lost) are
/// below the minimum, or a mandatory item is lost. An item is lost when overdue, or rejected after its due date.</item>
/// <item><c>at_risk</c>: still reachable, but an item is lost, rejected, observed, or open (not submitted or draft)
/// with its due date within <see cref="WarningWorkingDays"/> working days.</item>
/// <item><c>on_track</c>: everything else.</item>
/// </list>
/// </summary>
public static class ComplianceRule
{
    public const int WarningWorkingDays = 5;

    public static ComplianceResult Evaluate(IEnumerable<ItemFacts> facts, int minimumPoints, DateOnly today, WorkingDayCalendar calendar)
    {
        var items = facts.Select(f => Item(f, today)).ToList();
        var score = items.Sum(i => i.PointsEarned);
        var maxScore = items.Sum(i => i.Points);
        var lost = items.Where(i => IsLost(i, today)).ToList();
        var mandatoryApproved = items.Where(i => i.Mandatory).All(i => i.State == ItemState.Approved);

        var status = (score >= minimumPoints && mandatoryApproved, maxScore - lost.Sum(i => i.Points) < minimumPoints || lost.Any(i => i.Mandatory)) switch
        {
            (true, _) => ComplianceStatus.Met,
            (false, true) => ComplianceStatus.NotMet,
            _ when lost.Count > 0 || items.Any(i => i.State is ItemState.Observed or ItemState.Rejected || IsDueSoon(i, today, calendar)) => ComplianceStatus.AtRisk,
            _ => ComplianceStatus.OnTrack,
        };
        return new ComplianceResult(score, maxScore, status, items);
    }

    public static ItemState StateOf(SubmissionStatus? latest, DateOnly dueDate, DateOnly? correctionDueDate, DateOnly today) => latest switch
    {
        null => today > dueDate ? ItemState.Overdue : ItemState.NotSubmitted,
        SubmissionStatus.Draft => today > (correctionDueDate ?? dueDate) ? ItemState.Overdue : ItemState.Draft,
        SubmissionStatus.Submitted => ItemState.Submitted,
        SubmissionStatus.Observed => today > (correctionDueDate ?? dueDate) ? ItemState.Overdue : ItemState.Observed,
        SubmissionStatus.Approved => ItemState.Approved,
        _ => ItemState.Rejected,
    };

    private static ItemResult Item(ItemFacts f, DateOnly today)
    {
        var state = StateOf(f.Latest, f.DueDate, f.CorrectionDueDate, today);
        return new ItemResult(f.Code, state, f.DueDate, f.Points, state == ItemState.Approved ? f.Points : 0, f.Mandatory);
    }

    private static bool IsLost(ItemResult item, DateOnly today) =>
        item.State == ItemState.Overdue || (item.State == ItemState.Rejected && today > item.DueDate);

    private static bool IsDueSoon(ItemResult item, DateOnly today, WorkingDayCalendar calendar) =>
        item.State is ItemState.NotSubmitted or ItemState.Draft && calendar.WorkingDaysBetween(today, item.DueDate) <= WarningWorkingDays;
}
