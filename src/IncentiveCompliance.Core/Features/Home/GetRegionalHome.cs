using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Home;

/// <summary>
/// The regional secretariat's first page: the review queue (how many, the oldest in working days), corrections overdue,
/// municipalities per status now and at the end of the previous month, training coverage, budget months not reviewed and
/// the next scheduled report. Each figure is the count of a list the secretariat can open.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetRegionalHome(string RegionCode, int Year) : IRequest<RegionalHome>, IRegionScoped;

/// <param name="AwaitingReview">Submissions sent and waiting for review: the review queue's length.</param>
/// <param name="OldestWaitingWorkingDays">Working days the oldest of them has waited; null when none waits.</param>
/// <param name="CorrectionsOverdue">Observed submissions whose correction deadline has passed without a correction.</param>
/// <param name="PreviousMonth">Municipalities per status at the end of the latest month recorded before this one; null before the first record.</param>
/// <param name="MunicipalitiesTrained">Municipalities with at least one person trained in the year.</param>
/// <param name="BudgetMonthsNotReviewed">Months already over that a municipality with PP 0030 figures has not reviewed, summed over the region.</param>
/// <param name="NextReport">When the schedule prints the next report (UTC); null when no schedule is on.</param>
public sealed record RegionalHome(string Code, string Name, int Year, int AwaitingReview, int? OldestWaitingWorkingDays, int CorrectionsOverdue,
    StatusCounts Statuses, MonthStatusCounts? PreviousMonth, int Municipalities, int MunicipalitiesTrained, int BudgetMonthsNotReviewed, DateTime? NextReport);

public sealed class GetRegionalHomeValidator : AbstractValidator<GetRegionalHome>
{
    public GetRegionalHomeValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetRegionalHomeHandler(AppDbContext db, ReferenceData reference, ComplianceFigures compliance, TrainingFigures training, BudgetFigures budget, TimeProvider clock)
    : IRequestHandler<GetRegionalHome, RegionalHome>
{
    public async Task<RegionalHome> Handle(GetRegionalHome request, CancellationToken cancellationToken)
    {
        var code = request.RegionCode;
        var today = LimaTime.Today(clock);
        var region = await compliance.RegionAsync(code, request.Year, cancellationToken);
        var t = region.Totals;
        var (waiting, oldest) = await QueueAsync(code, today, cancellationToken);
        var coverage = await training.CoverageAsync(code, request.Year, cancellationToken);
        var months = (await budget.RegionAsync(code, request.Year, cancellationToken)).MonthsNotReviewed;
        var schedule = await db.ReportSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.RegionCode == code, cancellationToken);
        return new RegionalHome(code, region.Name, request.Year, waiting, oldest, await CorrectionsOverdueAsync(code, today, cancellationToken),
            new StatusCounts(t.Met, t.OnTrack, t.AtRisk, t.NotMet), PreviousMonth(await compliance.HistoryAsync(code, request.Year, cancellationToken), request.Year, today), t.Municipalities,
            coverage.Count(c => c.PeopleTrained > 0),
            months,
            schedule is { Enabled: true } ? schedule.NextRun(clock.GetUtcNow().UtcDateTime) : null);
    }

    /// <summary>The latest month recorded before this one of the program year (every month of a past year is before).</summary>
    private static MonthStatusCounts? PreviousMonth(IReadOnlyList<MonthStatusCounts> history, int year, DateOnly today) =>
        history.LastOrDefault(h => year < today.Year || (year == today.Year && h.Month < today.Month));

    /// <summary>The review queue's length and its oldest entry's wait, as <see cref="Submissions.ListReviewQueue"/> lists it.</summary>
    private async Task<(int Count, int? OldestWorkingDays)> QueueAsync(string code, DateOnly today, CancellationToken cancellationToken)
    {
        var sent = db.Submissions.Where(s => s.Status == SubmissionStatus.Submitted && s.Ubigeo.StartsWith(code));
        var count = await sent.CountAsync(cancellationToken);
        if (count == 0)
        {
            return (0, null);
        }

        var oldest = LimaTime.DateOf(await sent.MinAsync(s => s.SubmittedAt ?? s.CreatedAt, cancellationToken));
        var calendar = await reference.WorkingDaysAsync(cancellationToken);
        return (count, calendar.WorkingDaysBetween(oldest, today));
    }

    /// <summary>Observations not answered whose deadline has passed: the queue filtered by state «observado» and deadline up to yesterday.</summary>
    private Task<int> CorrectionsOverdueAsync(string code, DateOnly today, CancellationToken cancellationToken)
    {
        var yesterday = today.AddDays(-1);
        return (
                from s in db.Submissions.Unanswered(db)
                join r in db.Requirements on s.RequirementId equals r.Id
                where s.Status == SubmissionStatus.Observed && s.Ubigeo.StartsWith(code) && (s.CorrectionDueDate ?? r.DueDate) <= yesterday
                select s.Id)
            .CountAsync(cancellationToken);
    }
}
