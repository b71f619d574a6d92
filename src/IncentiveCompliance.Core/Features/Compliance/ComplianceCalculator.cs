using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>A municipality's evaluated compliance, with what the pages show beside the rule's result.</summary>
public sealed record MunicipalityEvaluation(string Ubigeo, string Name, string Province, string? PiType, int MinimumPoints, ComplianceResult Result, IReadOnlyDictionary<string, LatestSubmission> Latest);

/// <summary>The latest submission on an item.</summary>
public sealed record LatestSubmission(Guid Id, SubmissionStatus Status, DateOnly? CorrectionDueDate, string? ReviewReason);

/// <summary>
/// Evaluates municipalities of a year in a few queries whatever their number: the municipalities, then the latest
/// submission of every item at once; the catalogue and the holidays come from the node's <see cref="ReferenceData"/>. Used by the municipality view, the region dashboard and exports.
/// </summary>
internal static class ComplianceCalculator
{
    public static async Task<(ProgramYear Program, IReadOnlyList<Requirement> Requirements, IReadOnlyList<MunicipalityEvaluation> Municipalities)> EvaluateAsync(
        AppDbContext db, ReferenceData reference, int year, IQueryable<Domain.Territory.Municipality> municipalities, DateOnly today, CancellationToken cancellationToken)
    {
        var (program, requirements) = await reference.CatalogueAsync(year, cancellationToken)
            ?? throw new NotFoundException("el catálogo del año", year);
        var calendar = await reference.WorkingDaysAsync(cancellationToken);
        var towns = await municipalities.OrderBy(m => m.Ubigeo)
            .Select(m => new { m.Ubigeo, m.Name, Province = m.Province.Name, m.PiType }).ToListAsync(cancellationToken);
        var ubigeos = towns.Select(t => t.Ubigeo).ToList();
        var requirementIds = requirements.Select(r => r.Id).ToList();
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => requirementIds.Contains(s.RequirementId) && ubigeos.Contains(s.Ubigeo))
            .Select(s => new { s.Id, s.Ubigeo, s.RequirementId, s.Status, s.CorrectionDueDate, s.ReviewReason, s.CreatedAt })
            .ToListAsync(cancellationToken);
        var latest = submissions.GroupBy(s => (s.Ubigeo, s.RequirementId)).ToDictionary(g => g.Key, g =>
        {
            var last = g.MaxBy(s => s.CreatedAt)!;
            // A draft answering an observation keeps that observation's correction deadline.
            var deadline = last.Status == SubmissionStatus.Draft
                ? g.Where(s => s.Status == SubmissionStatus.Observed).MaxBy(s => s.CreatedAt)?.CorrectionDueDate
                : last.CorrectionDueDate;
            return new LatestSubmission(last.Id, last.Status, deadline, last.ReviewReason);
        });

        var evaluations = towns.Select(t =>
        {
            var applicable = requirements.Where(r => r.AppliesToType(t.PiType)).ToList();
            var latestOf = applicable.Where(r => latest.ContainsKey((t.Ubigeo, r.Id))).ToDictionary(r => r.Code, r => latest[(t.Ubigeo, r.Id)], StringComparer.Ordinal);
            var facts = applicable.Select(r => new ItemFacts(r.Code, r.Points, r.Mandatory, r.DueDate,
                latestOf.GetValueOrDefault(r.Code)?.Status, latestOf.GetValueOrDefault(r.Code)?.CorrectionDueDate));
            return new MunicipalityEvaluation(t.Ubigeo, t.Name, t.Province, t.PiType, program.MinimumPoints,
                ComplianceRule.Evaluate(facts, program.MinimumPoints, today, calendar), latestOf);
        }).ToList();
        return (program, requirements, evaluations);
    }
}
