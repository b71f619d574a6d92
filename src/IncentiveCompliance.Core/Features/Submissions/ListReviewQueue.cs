using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>
/// The secretariat's review queue: a region's submissions in a state (submitted by default), oldest first (by sending
/// time, then id); in the state «observado», only the observations not answered yet.
/// </summary>
/// <param name="DueBefore">Only items whose deadline (the correction deadline of an observation, the due date otherwise) is on or before it.</param>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListReviewQueue(
    string RegionCode, string? ProvinceCode = null, string? Status = null, DateOnly? DueBefore = null, int Limit = PageSize.Default, string? Cursor = null)
    : IRequest<Page<QueueEntry>>, IRegionScoped, IPagedRequest
{
    internal static readonly PageCursor<After> Cursors = new("review-queue");

    internal sealed record After(DateTime SentAt, Guid Id);
}

public sealed record QueueEntry(Guid SubmissionId, string Ubigeo, string Municipality, string Province, string RequirementCode, string RequirementTitle,
    SubmissionStatus Status, DateTime SentAt, DateOnly DueDate, DateOnly? CorrectionDueDate);

public sealed class ListReviewQueueValidator : AbstractValidator<ListReviewQueue>
{
    public ListReviewQueueValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.ProvinceCode).Matches("^[0-9]{4}$").When(x => !string.IsNullOrEmpty(x.ProvinceCode)).WithMessage("El código de provincia tiene 4 dígitos.");
        RuleFor(x => x.Status).Must(s => s is null || EnumJson.Parse<SubmissionStatus>(s) is not null)
            .WithMessage("Estado desconocido: draft, submitted, observed, approved o rejected.");
        this.ValidPage(ListReviewQueue.Cursors);
    }
}

internal sealed class ListReviewQueueHandler(AppDbContext db) : IRequestHandler<ListReviewQueue, Page<QueueEntry>>
{
    public async Task<Page<QueueEntry>> Handle(ListReviewQueue request, CancellationToken cancellationToken)
    {
        var status = EnumJson.Parse<SubmissionStatus>(request.Status) ?? SubmissionStatus.Submitted;
        var prefix = string.IsNullOrEmpty(request.ProvinceCode) ? request.RegionCode : request.ProvinceCode;
        var after = ListReviewQueue.Cursors.After(request);
        var (sentAfter, id) = (after?.SentAt, after?.Id ?? Guid.Empty);
        var submissions = status == SubmissionStatus.Observed ? db.Submissions.Unanswered(db) : db.Submissions;
        return await (
                from s in submissions
                join m in db.Municipalities on s.Ubigeo equals m.Ubigeo
                join r in db.Requirements on s.RequirementId equals r.Id
                where s.Status == status && s.Ubigeo.StartsWith(prefix) && s.Ubigeo.StartsWith(request.RegionCode)
                      && (request.DueBefore == null || (s.CorrectionDueDate ?? r.DueDate) <= request.DueBefore)
                      && (sentAfter == null || (s.SubmittedAt ?? s.CreatedAt) > sentAfter || ((s.SubmittedAt ?? s.CreatedAt) == sentAfter && s.Id.CompareTo(id) > 0))
                orderby s.SubmittedAt ?? s.CreatedAt, s.Id
                select new QueueEntry(s.Id, s.Ubigeo, m.Name, m.Province.Name, r.Code, r.Title, s.Status, s.SubmittedAt ?? s.CreatedAt, r.DueDate, s.CorrectionDueDate))
            .ToPageAsync(request, ListReviewQueue.Cursors, q => new ListReviewQueue.After(q.SentAt, q.SubmissionId), cancellationToken);
    }
}
