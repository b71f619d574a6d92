using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>Who was trained, as the coverage query, the municipality sheet and the regional report count it.</summary>
internal sealed class TrainingFigures(AppDbContext db)
{
    public async Task<IReadOnlyList<CoverageRow>> CoverageAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var events = await db.TrainingEvents.AsNoTracking().Where(e => e.RegionCode == regionCode && e.Date >= from && e.Date <= to)
            .Select(e => new { e.Id, e.RequirementCodes }).ToListAsync(cancellationToken);
        var eventIds = events.Select(e => e.Id).ToList();
        var attended = await db.Attendance.AsNoTracking()
            .Where(a => eventIds.Contains(a.TrainingEventId) && a.Status == AttendanceStatus.Attended)
            .Select(a => new { a.TrainingEventId, a.Ubigeo, a.Dni, a.Position }).ToListAsync(cancellationToken);
        var linked = events.SelectMany(e => e.RequirementCodes.Select(code => (code, e.Id)))
            .GroupBy(x => x.code, x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToHashSet(), StringComparer.Ordinal);
        var municipalities = await db.Municipalities.Where(m => m.ProvinceCode.StartsWith(regionCode)).OrderBy(m => m.Ubigeo)
            .Select(m => new { m.Ubigeo, m.Name }).ToListAsync(cancellationToken);
        var byMunicipality = attended.ToLookup(a => a.Ubigeo, StringComparer.Ordinal);
        return municipalities.Select(m =>
        {
            var people = byMunicipality[m.Ubigeo].ToList();
            var covered = linked.Count == 0
                ? people.Count > 0
                : linked.Values.All(ids => people.Any(p => ids.Contains(p.TrainingEventId)));
            return new CoverageRow(m.Ubigeo, m.Name, people.Select(p => p.Dni).Distinct(StringComparer.Ordinal).Count(),
                people.Select(p => p.Position).Distinct().Order().ToList(), covered);
        }).ToList();
    }

    /// <summary>
    /// People trained per region in one query: as <see cref="CoverageAsync"/> counts them (different people per
    /// municipality, at the region's own trainings of the year) and the regional report adds them up.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> PeopleTrainedByRegionAsync(int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var counts = await db.Attendance
            .Where(a => a.Status == AttendanceStatus.Attended)
            .Join(db.TrainingEvents.Where(e => e.Date >= from && e.Date <= to), a => a.TrainingEventId, e => e.Id, (a, e) => new { a.Ubigeo, a.Dni, e.RegionCode })
            .Where(x => x.Ubigeo.Substring(0, 2) == x.RegionCode)
            .Select(x => new { x.Ubigeo, x.Dni })
            .Distinct()
            .GroupBy(x => x.Ubigeo.Substring(0, 2))
            .Select(g => new { Region = g.Key, People = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Region, c => c.People, StringComparer.Ordinal);
    }

    /// <summary>How many different people of the municipality attended a training of the year.</summary>
    public Task<int> PeopleTrainedAsync(string ubigeo, int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Attendance
            .Where(a => a.Ubigeo == ubigeo && a.Status == AttendanceStatus.Attended)
            .Join(db.TrainingEvents.Where(e => e.Date >= from && e.Date <= to), a => a.TrainingEventId, e => e.Id, (a, _) => a.Dni)
            .Distinct().CountAsync(cancellationToken);
    }
}
