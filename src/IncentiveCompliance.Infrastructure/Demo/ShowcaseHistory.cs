using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Compliance;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// The months before this one, as the month-end job would have recorded them had the application been running since
/// January: every municipality on track while nothing fell due, its score growing towards today's, and today's status
/// showing in the last month or two; about half of today's «cumple» reached it only this month and about half of today's
/// «no cumple» were still «en riesgo» at the last month's end, so the home page has a change to show. This month's row is the month-end request's own (<see cref="RecordMonthlyStatuses"/>).
/// </summary>
internal static class ShowcaseHistory
{
    public static async Task LoadAsync(ShowcaseActors actors, TimeProvider clock, string regionCode, int year, CancellationToken cancellationToken)
    {
        await actors.SendAsSystem(new RecordMonthlyStatuses(), cancellationToken);
        var today = LimaTime.Today(clock);
        var months = today.Year == year ? today.Month - 1 : 12;
        var region = await actors.SendAs(ShowcaseActors.Secretariat, new GetRegionCompliance(regionCode, year), cancellationToken);
        await actors.WithDatabase(async db =>
        {
            foreach (var town in region.Municipalities)
            {
                for (var month = 1; month <= months; month++)
                {
                    var (status, score) = Then(town.Status, town.Score, month, months, changedThisMonth: town.Ubigeo[^1] % 2 == 1);
                    db.MonthlyStatuses.Add(new MonthlyStatus
                    {
                        Ubigeo = town.Ubigeo, Year = year, Month = month, Status = status, Score = score,
                        RecordedAt = new DateTime(year, month, 1, 23, 30, 0, DateTimeKind.Utc).AddMonths(1).AddDays(-1) - LimaTime.Offset,
                    });
                }
            }

            return await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>Status and score at the end of <paramref name="month"/> of a story ending, after <paramref name="months"/>, where it stands today.</summary>
    private static (ComplianceStatus Status, int Score) Then(ComplianceStatus now, int score, int month, int months, bool changedThisMonth)
    {
        var growing = score * month / (months + 1) / 5 * 5;
        return (months - month) switch
        {
            0 when changedThisMonth && now == ComplianceStatus.Met => (ComplianceStatus.OnTrack, growing),
            0 when changedThisMonth && now == ComplianceStatus.NotMet => (ComplianceStatus.AtRisk, growing),
            0 => (now, now == ComplianceStatus.Met ? score : growing),
            1 when now == ComplianceStatus.NotMet => (ComplianceStatus.AtRisk, growing),
            _ => (ComplianceStatus.OnTrack, growing),
        };
    }
}
