using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// The web application as a separate operating-system process on a test database, started from the build output:
/// for what only separate processes show (a node killed mid-job, several nodes sharing one job store), with short job
/// polling and timeouts so those tests take seconds.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(TestDatabase database, IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "IncentiveCompliance.Web.dll"), .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string?>(database.Settings)
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            ["Jobs:PollIntervalSeconds"] = "0.2",
            ["Jobs:InvisibilityTimeoutSeconds"] = "5",
            ["Jobs:ShutdownTimeoutSeconds"] = "1",
            // The demo's users sign in without a second factor only while the demo is on; a prepared database is not seeded again.
            ["Demo:Enabled"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment.Where(e => e.Value is not null)) // a null setting leaves the application's default
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

    /// <summary>The operating system's id of the node's process: benchmarks read its CPU time; job servers carry it in their names (host:pid:queue).</summary>
    public int ProcessId => process.Id;

    /// <summary>Where the node listens (it picks a free port), known once it has started.</summary>
    public Uri? BaseAddress { get; private set; }

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

    /// <summary>An /api/v1 client of this node, signed in with a bearer token (a demo user by default: the administrator).</summary>
    public async Task<HttpClient> ApiAsync(string email = "admin@demo.pe", string password = "Demo2026!")
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseAddress!, "/api/v1/") };
        using var response = await client.PostAsJsonAsync("auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs a node that is expected to stop by itself (a refused start): its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(TestDatabase database, TimeSpan timeout, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await using var node = new AppProcess(database, settings ?? new Dictionary<string, string?>());
        await node.process.WaitForExitAsync().WaitAsync(timeout);
        return (node.process.ExitCode, node.Output);
    }

    /// <summary>Runs one of the application's commands (<c>files backup FOLDER</c>, <c>rotate-keys</c>…) to its end: its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(TestDatabase database, IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        await using var node = new AppProcess(database, settings, arguments);
        await node.process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
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

        if (BaseAddress is null && Listening().Match(line) is { Success: true } address)
        {
            BaseAddress = new Uri(address.Value);
        }

        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            started.TrySetResult();
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+")]
    private static partial Regex Listening();
}
