namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>Reports bytes consumed at most every 4 MB, and once at the end, so a progress bar costs nothing per row.</summary>
internal sealed class ProgressTicker(IProgress<long>? progress)
{
    private const long Step = 4 * 1024 * 1024;

    private long _lastReported;

    public void Tick(long consumed)
    {
        if (progress is not null && consumed - _lastReported >= Step)
        {
            _lastReported = consumed;
            progress.Report(consumed);
        }
    }

    public void Finish(long consumed) => progress?.Report(consumed);
}
