using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>
/// The public ranking and the list of published regions, built field by field from the shared figures (compliance,
/// PP 0030 execution, people trained) so that nothing else, and nothing personal, can reach an anonymous visitor; kept
/// in <see cref="PublicRankingCache"/>.
/// </summary>
internal sealed class PublicRankings(AppDbContext db, PublicRankingCache cache, ComplianceFigures compliance, BudgetFigures budgets,
    TrainingFigures training, TimeProvider clock)
{
    public Task<IReadOnlyList<PublishedRegion>?> PublishedAsync(CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyList<PublishedRegion>>("regions", async ct =>
            (await db.Regions.AsNoTracking().Where(r => r.RankingPublishedAt != null)
                .Select(r => new { r.Code, r.Name, Since = r.RankingPublishedAt!.Value })
                .ToListAsync(ct))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new PublishedRegion(r.Code, r.Name, RankingPublication.LimaInstant(r.Since)))
            .ToList(), cancellationToken);

    /// <summary>
    /// The region's ranking. An unknown region and an unpublished one get the same not-found answer, so nobody learns
    /// which regions exist but keep their ranking private.
    /// </summary>
    public async Task<PublicRanking> RankingAsync(string regionCode, int year, CancellationToken cancellationToken) =>
        await cache.GetAsync($"ranking:{regionCode}:{year}", ct => ComputeAsync(regionCode, year, ct), cancellationToken)
        ?? throw new NotFoundException("un ranking publicado de la región", regionCode);

    private async Task<PublicRanking?> ComputeAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var since = await db.Regions.Where(r => r.Code == regionCode).Select(r => r.RankingPublishedAt).SingleOrDefaultAsync(cancellationToken);
        if (since is null)
        {
            return null;
        }

        var cutOff = RankingPublication.LimaInstant(clock.GetUtcNow().UtcDateTime);
        var region = await compliance.RegionAsync(regionCode, year, cancellationToken);
        var (budgetRows, _) = await budgets.RegionRowsAsync(regionCode, year, cancellationToken);
        var execution = budgetRows.ToDictionary(b => b.Ubigeo, b => b.Execution, StringComparer.Ordinal);
        var trained = (await training.CoverageAsync(regionCode, year, cancellationToken)).ToDictionary(c => c.Ubigeo, c => c.PeopleTrained, StringComparer.Ordinal);
        var ordered = region.Municipalities
            .OrderByDescending(m => m.Score).ThenBy(m => m.Name, Common.Formatting.PeruFormat.Alphabetical).ThenBy(m => m.Ubigeo, StringComparer.Ordinal)
            .ToList();
        var rows = ordered.Select(m => new PublicMunicipality(
                1 + ordered.Count(other => other.Score > m.Score), // equal scores share a rank
                m.Ubigeo, m.Name, m.Province, m.Status, m.Score, m.MaxScore,
                execution.GetValueOrDefault(m.Ubigeo), trained.GetValueOrDefault(m.Ubigeo)))
            .ToList();
        return new PublicRanking(region.Code, region.Name, year, cutOff, RankingPublication.LimaInstant(since.Value), rows);
    }
}
