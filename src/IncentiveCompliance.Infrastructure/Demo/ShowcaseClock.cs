namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// The application's clock while the showcase may be loaded (<c>Demo:Showcase</c>): the real clock, set back for a moment
/// while the showcase replays what happened weeks ago (a review whose correction deadline has passed by now can only have
/// been made before it), and exact again before the host takes requests.
/// </summary>
public sealed class ShowcaseClock(TimeProvider inner) : TimeProvider
{
    public TimeSpan Offset { get; private set; }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Sets the clock back by <paramref name="ago"/> until the returned handle is disposed.</summary>
    public IDisposable SetBack(TimeSpan ago)
    {
        Offset = -ago;
        return new Restore(this);
    }

    private sealed class Restore(ShowcaseClock clock) : IDisposable
    {
        public void Dispose() => clock.Offset = TimeSpan.Zero;
    }
}
