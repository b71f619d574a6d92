using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Persistence;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>
/// An observation stays «observado» for good; answering it sends a new submission for the same item. The observations
/// still open are those no later submission answered (a draft does not answer until it is sent).
/// </summary>
internal static class OpenObservations
{
    public static IQueryable<Submission> Unanswered(this IQueryable<Submission> submissions, AppDbContext db) =>
        submissions.Where(s => !db.Submissions.Any(o =>
            o.Ubigeo == s.Ubigeo && o.RequirementId == s.RequirementId && o.Status != SubmissionStatus.Draft && o.CreatedAt > s.CreatedAt));
}
