using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>
/// The budget officer marks a month's execution as reviewed, once the month is over. Where devengado to date is behind
/// the expected pace a justification is required. Reviewing the month again replaces the note; both are in the audit trail.
/// </summary>
[AllowedRoles(Roles.BudgetOfficer)]
public sealed record ReviewBudgetMonth(string Ubigeo, int Year, int Month, string? Justification) : IRequest<MonthReview>, IMunicipalityScoped;

public sealed class ReviewBudgetMonthValidator : AbstractValidator<ReviewBudgetMonth>
{
    public ReviewBudgetMonthValidator()
    {
        RuleFor(x => x.Year).ValidYear();
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("El mes debe estar entre 1 y 12.");
        RuleFor(x => x.Justification).MaximumLength(2000);
    }
}

internal sealed class ReviewBudgetMonthHandler(AppDbContext db, BudgetFigures figures, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ReviewBudgetMonth, MonthReview>
{
    public async Task<MonthReview> Handle(ReviewBudgetMonth request, CancellationToken cancellationToken)
    {
        var budget = await figures.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
        var month = budget.ByMonth[request.Month - 1];
        if (!month.Over)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("month", "Solo se revisan meses ya cerrados.")]);
        }

        var justification = string.IsNullOrWhiteSpace(request.Justification) ? null : request.Justification.Trim();
        if (month.BehindPace && justification is null)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("justification",
                $"El devengado acumulado (S/ {month.DevengadoToDate:N2}) está por debajo del ritmo esperado (S/ {month.ExpectedToDate:N2}): explique la diferencia.")]);
        }

        var review = await db.BudgetReviews.SingleOrDefaultAsync(r => r.Ubigeo == request.Ubigeo && r.Year == request.Year && r.Month == request.Month, cancellationToken);
        var before = review is null ? null : new { review.Justification, review.ReviewedBy, review.ReviewedAt };
        if (review is null)
        {
            review = new BudgetReview { Ubigeo = request.Ubigeo, Year = request.Year, Month = request.Month, ReviewedBy = user.Email! };
            db.BudgetReviews.Add(review);
        }

        (review.BehindPace, review.Justification, review.ReviewedBy, review.ReviewedAt) = (month.BehindPace, justification, user.Email!, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditAction.BudgetMonthReviewed, "BudgetReview", $"{request.Ubigeo}/{request.Year}/{request.Month:00}", request.Ubigeo, before,
            new { request.Month, month.BehindPace, month.DevengadoToDate, month.ExpectedToDate, review.Justification });
        await db.SaveChangesAsync(cancellationToken);
        return new MonthReview(review.ReviewedBy, review.ReviewedAt, review.Justification);
    }
}
