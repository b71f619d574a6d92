using System.Collections.Concurrent;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>
/// What anonymous visitors read, kept in this node's memory for <see cref="Lifetime"/>: a ranking is computed at most
/// once per region, year and lifetime, and at most <see cref="MaxComputing"/> at once, so anonymous traffic cannot keep
/// the database busy. A change of publication on this node forgets everything at once; other nodes see it when their
/// copy expires, so the lifetime bounds how stale a node can be. <see cref="Generation"/> counts those changes, so that
/// a cache of whole answers (the web host's output cache) can key on it and never serve what came before one.
/// </summary>
public sealed class PublicRankingCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const int MaxComputing = 2;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim computing = new(MaxComputing);
    private long generation;

    /// <summary>How many times a publication changed on this node since it started.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>The value kept under <paramref name="key"/>, computed when missing or expired (null, "not published", is kept too).</summary>
    internal async Task<T?> GetAsync<T>(string key, Func<CancellationToken, Task<T?>> compute, CancellationToken cancellationToken)
        where T : class
    {
        if (Fresh(key) is { } hit)
        {
            return (T?)hit.Value;
        }

        await computing.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(key) is { } computedMeanwhile)
            {
                return (T?)computedMeanwhile.Value;
            }

            var seen = Generation;
            var value = await compute(cancellationToken);
            if (Generation == seen) // a publication changed while computing: do not keep what may be stale
            {
                entries[key] = new Entry(value, clock.GetUtcNow() + Lifetime);
            }

            return value;
        }
        finally
        {
            computing.Release();
        }
    }

    /// <summary>A region was published or withdrawn: nothing kept may be shown again.</summary>
    internal void Forget()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    private Entry? Fresh(string key) =>
        entries.TryGetValue(key, out var entry) && entry.Expires > clock.GetUtcNow() ? entry : null;

    private sealed record Entry(object? Value, DateTimeOffset Expires);
}
