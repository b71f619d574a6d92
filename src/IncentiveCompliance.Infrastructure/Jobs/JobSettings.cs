using Microsoft.Extensions.Configuration;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>
/// The job server's settings (section <c>Jobs</c>): whether this process runs jobs at all (<c>RunServer</c>, default true;
/// in-process test hosts turn it off), its workers for reports and alerts (<c>Workers</c>, 2) and for imports
/// (<c>ImportWorkers</c>, 1), how often an idle server looks for work (<c>PollIntervalSeconds</c>, 2: a queued job starts
/// within that), how soon a job of a dead PostgreSQL or SQL Server node is handed out again
/// (<c>InvisibilityTimeoutSeconds</c>, 60; extended while the job runs), and how long a stopping node waits for running
/// jobs before handing them back (<c>ShutdownTimeoutSeconds</c>, 15).
/// </summary>
public sealed record JobSettings(bool RunServer, int Workers, int ImportWorkers, TimeSpan PollInterval, TimeSpan InvisibilityTimeout, TimeSpan ShutdownTimeout)
{
    public static JobSettings From(IConfiguration configuration)
    {
        var jobs = configuration.GetSection("Jobs");
        return new JobSettings(
            jobs.GetValue("RunServer", true),
            Math.Max(1, jobs.GetValue("Workers", 2)),
            Math.Max(1, jobs.GetValue("ImportWorkers", 1)),
            TimeSpan.FromSeconds(jobs.GetValue("PollIntervalSeconds", 2.0)),
            TimeSpan.FromSeconds(jobs.GetValue("InvisibilityTimeoutSeconds", 60.0)),
            TimeSpan.FromSeconds(jobs.GetValue("ShutdownTimeoutSeconds", 15.0)));
    }
}
