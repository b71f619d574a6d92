using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Home;

/// <summary>
/// A municipal security manager's first page: the score against the threshold and what is missing to reach it, the
/// items due in the next days, the observations to correct (overdue first) and the latest reviews.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager)]
public sealed record GetMunicipalHome(string Ubigeo, int Year) : IRequest<MunicipalHome>, IMunicipalityScoped
{
    /// <summary>How far ahead «vence pronto» looks, in calendar days.</summary>
    public const int DueWithinDays = 15;

    public const int LatestReviewCount = 5;
}

/// <param name="PointsMissing">Points still needed to reach <paramref name="MinimumPoints"/>; 0 once reached.</param>
/// <param name="MandatoryPending">Codes of the mandatory items not approved yet: without them the commitment is not met, whatever the score.</param>
public sealed record MunicipalHome(string Ubigeo, string Name, int Year, int Score, int MaxScore, int MinimumPoints, ComplianceStatus Status,
    int PointsMissing, IReadOnlyList<string> MandatoryPending, IReadOnlyList<DueItem> DueSoon, IReadOnlyList<Correction> Corrections, IReadOnlyList<RecentReview> LatestReviews);

/// <summary>An item not yet sent whose due date falls within <see cref="GetMunicipalHome.DueWithinDays"/> days.</summary>
public sealed record DueItem(string RequirementCode, string Title, DateOnly DueDate, ItemState State, int WorkingDaysLeft);

/// <summary>An observation to correct: its deadline, the working days left (0 once past) and whether it is overdue.</summary>
public sealed record Correction(string RequirementCode, string Title, Guid SubmissionId, DateOnly CorrectionDueDate, int WorkingDaysLeft, bool Overdue, string? Reason);

public sealed record RecentReview(Guid SubmissionId, string RequirementCode, string Title, SubmissionStatus Decision, DateTime ReviewedAt);

public sealed class GetMunicipalHomeValidator : AbstractValidator<GetMunicipalHome>
{
    public GetMunicipalHomeValidator()
    {
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetMunicipalHomeHandler(AppDbContext db, ReferenceData reference, ComplianceFigures figures, TimeProvider clock) : IRequestHandler<GetMunicipalHome, MunicipalHome>
{
    public async Task<MunicipalHome> Handle(GetMunicipalHome request, CancellationToken cancellationToken)
    {
        var c = await figures.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
        var today = LimaTime.Today(clock);
        var calendar = await reference.WorkingDaysAsync(cancellationToken);
        var dueSoon = c.Items
            .Where(i => i.State is ItemState.NotSubmitted or ItemState.Draft && i.DueDate >= today && i.DueDate <= today.AddDays(GetMunicipalHome.DueWithinDays))
            .OrderBy(i => i.DueDate).ThenBy(i => i.RequirementCode, StringComparer.Ordinal)
            .Select(i => new DueItem(i.RequirementCode, i.Title, i.DueDate, i.State, calendar.WorkingDaysBetween(today, i.DueDate)))
            .ToList();
        var corrections = c.Items
            .Where(i => i is { CorrectionDueDate: not null, LatestSubmissionId: not null, State: ItemState.Observed or ItemState.Overdue })
            .Select(i => new Correction(i.RequirementCode, i.Title, i.LatestSubmissionId!.Value, i.CorrectionDueDate!.Value,
                calendar.WorkingDaysBetween(today, i.CorrectionDueDate.Value), i.CorrectionDueDate < today, i.ReviewReason))
            .OrderByDescending(x => x.Overdue).ThenBy(x => x.CorrectionDueDate).ThenBy(x => x.RequirementCode, StringComparer.Ordinal)
            .ToList();
        var reviews = await (
                from s in db.Submissions
                join r in db.Requirements on s.RequirementId equals r.Id
                where s.Ubigeo == request.Ubigeo && r.Year == request.Year && s.ReviewedAt != null
                orderby s.ReviewedAt descending, s.Id
                select new RecentReview(s.Id, r.Code, r.Title, s.Status, s.ReviewedAt!.Value))
            .Take(GetMunicipalHome.LatestReviewCount).ToListAsync(cancellationToken);
        return new MunicipalHome(c.Ubigeo, c.Name, c.Year, c.Score, c.MaxScore, c.MinimumPoints, c.Status, Math.Max(0, c.MinimumPoints - c.Score),
            c.Items.Where(i => i.Mandatory && i.State != ItemState.Approved).Select(i => i.RequirementCode).ToList(), dueSoon, corrections, reviews);
    }
}
