using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>The secretariat's review queue: a region's submissions in a state (submitted by default), oldest first.</summary>
/// <param name="DueBefore">Only items whose deadline (the correction deadline of an observation, the due date otherwise) is on or before it.</param>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListReviewQueue(string RegionCode, string? ProvinceCode = null, string? Status = null, DateOnly? DueBefore = null)
    : IRequest<IReadOnlyList<QueueEntry>>, IRegionScoped;

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
    }
}

internal sealed class ListReviewQueueHandler(AppDbContext db) : IRequestHandler<ListReviewQueue, IReadOnlyList<QueueEntry>>
{
    public async Task<IReadOnlyList<QueueEntry>> Handle(ListReviewQueue request, CancellationToken cancellationToken)
    {
        var status = EnumJson.Parse<SubmissionStatus>(request.Status) ?? SubmissionStatus.Submitted;
        var prefix = string.IsNullOrEmpty(request.ProvinceCode) ? request.RegionCode : request.ProvinceCode;
        var rows = await (
                from s in db.Submissions
                join m in db.Municipalities on s.Ubigeo equals m.Ubigeo
                join r in db.Requirements on s.RequirementId equals r.Id
                where s.Status == status && s.Ubigeo.StartsWith(prefix) && s.Ubigeo.StartsWith(request.RegionCode)
                      && (request.DueBefore == null || (s.CorrectionDueDate ?? r.DueDate) <= request.DueBefore)
                orderby s.SubmittedAt ?? s.CreatedAt
                select new { s.Id, s.Ubigeo, Municipality = m.Name, Province = m.Province.Name, r.Code, r.Title, s.Status, Sent = s.SubmittedAt ?? s.CreatedAt, r.DueDate, s.CorrectionDueDate })
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(x => new QueueEntry(x.Id, x.Ubigeo, x.Municipality, x.Province, x.Code, x.Title, x.Status, x.Sent, x.DueDate, x.CorrectionDueDate)).ToList();
    }
}
