using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>A submission with its files and its whole history: every recorded change to it, and the item's earlier submissions.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager)] // not the budget officer: security evidence is not theirs to read
public sealed record GetSubmission(Guid SubmissionId) : IRequest<SubmissionDetails>, ISubmissionScoped;

public sealed record SubmissionDetails(
    Guid Id,
    string Ubigeo,
    string Municipality,
    int Year,
    string RequirementCode,
    string RequirementTitle,
    SubmissionStatus Status,
    string Note,
    decimal? Value,
    string? Unit,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    DateOnly? EvidenceDate,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateTime? ReviewedAt,
    string? ReviewReason,
    DateOnly? CorrectionDueDate,
    int Version,
    bool RegisteredByCaller,
    IReadOnlyList<FileView> Files,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<EarlierSubmission> EarlierSubmissions);

public sealed record FileView(Guid Id, string FileName, string ContentType, long Size, string Sha256);

public sealed record HistoryEntry(DateTime At, string UserEmail, AuditAction Action, string? Before, string? After);

public sealed record EarlierSubmission(Guid Id, SubmissionStatus Status, DateTime CreatedAt, string? ReviewReason);

internal sealed class GetSubmissionHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<GetSubmission, SubmissionDetails>
{
    public async Task<SubmissionDetails> Handle(GetSubmission request, CancellationToken cancellationToken)
    {
        var s = await db.Submissions.AsNoTracking().Include(x => x.Files).SingleAsync(x => x.Id == request.SubmissionId, cancellationToken);
        var requirement = await db.Requirements.AsNoTracking().SingleAsync(r => r.Id == s.RequirementId, cancellationToken);
        var municipality = await db.Municipalities.Where(m => m.Ubigeo == s.Ubigeo).Select(m => m.Name).SingleAsync(cancellationToken);
        var id = s.Id.ToString();
        var history = await db.AuditTrail.AsNoTracking().Where(a => a.EntityType == "Submission" && a.EntityId == id).OrderBy(a => a.Id)
            .Select(a => new HistoryEntry(a.At, a.UserEmail, a.Action, a.Before, a.After)).ToListAsync(cancellationToken);
        if (Roles.IsMunicipal(user.Scope!.Role))
        {
            // A municipality sees who of its own staff acted; the reviewers' addresses stay with the secretariat.
            history = history.Select(h => h.Action == AuditAction.SubmissionReviewed ? h with { UserEmail = "Secretaría Técnica" } : h).ToList();
        }
        var earlier = (await db.Submissions.AsNoTracking()
                .Where(x => x.Ubigeo == s.Ubigeo && x.RequirementId == s.RequirementId && x.Id != s.Id && x.CreatedAt < s.CreatedAt)
                .OrderBy(x => x.CreatedAt).Select(x => new { x.Id, x.Status, x.CreatedAt, x.ReviewReason }).ToListAsync(cancellationToken))
            .Select(x => new EarlierSubmission(x.Id, x.Status, x.CreatedAt, x.ReviewReason)).ToList();
        return new SubmissionDetails(
            s.Id, s.Ubigeo, municipality, requirement.Year, requirement.Code, requirement.Title, s.Status, s.Note, s.Value, requirement.Unit,
            s.PeriodFrom, s.PeriodTo, s.EvidenceDate, s.CreatedAt, s.SubmittedAt, s.ReviewedAt, s.ReviewReason, s.CorrectionDueDate, s.Version,
            s.CreatedBy == user.UserId,
            s.Files.Select(f => new FileView(f.Id, f.FileName, f.ContentType, f.Size, f.Sha256)).ToList(),
            history,
            earlier);
    }
}
