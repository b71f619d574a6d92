using System.Diagnostics;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// The web application as a separate operating-system process on a test database, started from the build output:
/// for what only separate processes show (a node killed mid-job, several nodes sharing one scheduler).
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "IncentiveCompliance.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string?>(database.Settings)
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            ["Jobs:ClusterCheckinSeconds"] = "1",
            ["Jobs:IdleWaitSeconds"] = "1",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Watch(e.Data);
        process.ErrorDataReceived += (_, e) => Watch(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private readonly List<string> lines = [];

    public string Output
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>Starts a node and waits until it has started (database prepared, scheduler running).</summary>
    public static async Task<AppProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var node = new AppProcess(database, settings ?? new Dictionary<string, string?>());
        var finished = await Task.WhenAny(node.started.Task, node.process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != node.started.Task)
        {
            var output = node.Output;
            await node.DisposeAsync();
            throw new InvalidOperationException($"The application did not start:\n{output}");
        }

        return node;
    }

    /// <summary>Runs a node that is expected to stop by itself (a refused start): its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(TestDatabase database, TimeSpan timeout)
    {
        await using var node = new AppProcess(database, new Dictionary<string, string?>());
        await node.process.WaitForExitAsync().WaitAsync(timeout);
        return (node.process.ExitCode, node.Output);
    }

    /// <summary>Ends the process at once, as a crash or a power cut would: no shutdown runs.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Watch(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }

        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            started.TrySetResult();
        }
    }
}
