using System.ComponentModel.DataAnnotations;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>
/// The job server's settings (section <c>Jobs</c>): whether this process runs jobs at all (<c>RunServer</c>, default true;
/// in-process test hosts turn it off), its workers for reports and alerts (<c>Workers</c>, 2) and for imports
/// (<c>ImportWorkers</c>, 1), how often an idle server looks for work (<c>PollIntervalSeconds</c>, 2: a queued job starts
/// within that), how soon a job of a dead PostgreSQL or SQL Server node is handed out again
/// (<c>InvisibilityTimeoutSeconds</c>, 60; extended while the job runs), how long a stopping node waits for running
/// jobs before handing them back (<c>ShutdownTimeoutSeconds</c>, 15), and how many reports, and apart imports, a region
/// may have waiting or running (<c>QueuedPerRegion</c>, 3).
/// </summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    public bool RunServer { get; set; } = true;

    [Range(1, 100, ErrorMessage = "Jobs:Workers debe ser un entero entre {1} y {2}.")]
    public int Workers { get; set; } = 2;

    [Range(1, 100, ErrorMessage = "Jobs:ImportWorkers debe ser un entero entre {1} y {2}.")]
    public int ImportWorkers { get; set; } = 1;

    [Range(0.05, 3600, ErrorMessage = "Jobs:PollIntervalSeconds debe estar entre {1} y {2} segundos.")]
    public double PollIntervalSeconds { get; set; } = 2;

    [Range(1, 86_400, ErrorMessage = "Jobs:InvisibilityTimeoutSeconds debe estar entre {1} y {2} segundos.")]
    public double InvisibilityTimeoutSeconds { get; set; } = 60;

    [Range(0, 3600, ErrorMessage = "Jobs:ShutdownTimeoutSeconds debe estar entre {1} y {2} segundos.")]
    public double ShutdownTimeoutSeconds { get; set; } = 15;

    [Range(1, 1000, ErrorMessage = "Jobs:QueuedPerRegion debe ser un entero entre {1} y {2}.")]
    public int QueuedPerRegion { get; set; } = Core.Common.Jobs.RegionWorkLimit.Default.PerRegion;

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);

    public TimeSpan InvisibilityTimeout => TimeSpan.FromSeconds(InvisibilityTimeoutSeconds);

    public TimeSpan ShutdownTimeout => TimeSpan.FromSeconds(ShutdownTimeoutSeconds);
}
