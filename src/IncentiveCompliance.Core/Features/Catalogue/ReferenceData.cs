using System.Collections.Concurrent;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Catalogue;

/// <summary>A year's programme and its requirements (by due date, then code), as the compliance rule reads them.</summary>
public sealed record YearCatalogue(ProgramYear Program, IReadOnlyList<Requirement> Requirements);

/// <summary>
/// What nearly every page reads and hardly ever changes: each year's catalogue and the working-day calendar, kept in
/// memory by the node (<see cref="ReferenceCache"/>) while the reference stamp (<see cref="ReferenceStamp"/>) keeps the
/// value it had when they were read. The request's stamp is the one read with the caller's scope
/// (<see cref="Observe"/>); a request without one (anonymous, a job, the command line) reads it in one small query.
/// Cached entities are shared by every request of the node: read them, never attach or change them.
/// </summary>
public sealed class ReferenceData(AppDbContext db, ReferenceCache cache)
{
    private Guid? stamp;

    /// <summary>The stamp read at the start of the request, before any cached data is used.</summary>
    public void Observe(Guid value) => stamp ??= value;

    /// <summary>The year's catalogue, or null when the year has none.</summary>
    public async Task<YearCatalogue?> CatalogueAsync(int year, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        if (snapshot.Years.TryGetValue(year, out var cached))
        {
            return cached;
        }

        var program = await db.ProgramYears.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year, cancellationToken);
        var catalogue = program is null ? null : new YearCatalogue(program,
            await db.Requirements.AsNoTracking().Where(r => r.Year == year).OrderBy(r => r.DueDate).ThenBy(r => r.Code).ToListAsync(cancellationToken));
        return snapshot.Years.GetOrAdd(year, catalogue);
    }

    /// <summary>The working-day calendar with every holiday recorded.</summary>
    public async Task<WorkingDayCalendar> WorkingDaysAsync(CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        return snapshot.Calendar ??= new WorkingDayCalendar(await db.Holidays.Select(h => h.Date).ToListAsync(cancellationToken));
    }

    private async Task<ReferenceCache.Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        // A change this request saved renewed the stamp on its own context: what it reads next must be at least that new.
        stamp = db.ChangeTracker.Entries<ReferenceStamp>().FirstOrDefault()?.Entity.Value
            ?? stamp
            ?? await db.ReferenceStamps.Select(s => s.Value).SingleAsync(cancellationToken);
        return cache.For(stamp.Value);
    }
}

/// <summary>The node's copy of the reference data, valid for one value of the reference stamp (a singleton).</summary>
public sealed class ReferenceCache
{
    private Snapshot current = new(Guid.Empty);

    /// <summary>
    /// The copy for a stamp: a new, empty one when the stamp differs. Data read after the stamp is at least as new as
    /// the stamp says, so what a request stores under its stamp is never older than the stamp.
    /// </summary>
    internal Snapshot For(Guid stamp)
    {
        var snapshot = Volatile.Read(ref current);
        if (snapshot.Stamp == stamp)
        {
            return snapshot;
        }

        snapshot = new Snapshot(stamp);
        Volatile.Write(ref current, snapshot);
        return snapshot;
    }

    internal sealed class Snapshot(Guid stamp)
    {
        public Guid Stamp { get; } = stamp;

        public ConcurrentDictionary<int, YearCatalogue?> Years { get; } = new();

        public WorkingDayCalendar? Calendar { get; set; }
    }
}
