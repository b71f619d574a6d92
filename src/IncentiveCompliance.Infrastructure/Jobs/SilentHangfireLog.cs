using Hangfire.Logging;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>
/// Hangfire's logger is process-wide. A host without a job server sets this one instead of its own ASP.NET Core logger
/// factory, so a host disposed before another (tests run many in one process) leaves no disposed logger behind for the
/// others' job clients to write to; a host that runs jobs logs through its own, as one host per process does.
/// </summary>
internal sealed class SilentHangfireLog : ILogProvider, ILog
{
    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
}
