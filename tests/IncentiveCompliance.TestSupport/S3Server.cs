using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// A real S3-compatible object store of the test's own: s3rver (npm, installed by <c>./build.sh test</c> under .tools/,
/// its executable in IC_S3RVER) on 127.0.0.1 on a free port, keeping its objects in a temporary folder, with one bucket.
/// <see cref="StopAsync"/> takes it away mid-test, as a store that went down; disposing stops it and deletes its folder.
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    public const string Bucket = "ic-archivos";

    /// <summary>s3rver's fixed credentials.</summary>
    public const string Key = "S3RVER";

    private readonly string root = Directory.CreateTempSubdirectory("ic-s3-").FullName;
    private Process? process;

    private S3Server(int port) => Port = port;

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The application's settings for this store (Storage__…), to add to a node's.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "S3",
        ["Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Storage:S3:Bucket"] = Bucket,
        ["Storage:S3:AccessKey"] = Key,
        ["Storage:S3:SecretKey"] = Key,
    };

    public static async Task<S3Server> StartAsync()
    {
        var server = new S3Server(FreePort());
        await server.RunAsync();
        return server;
    }

    /// <summary>Settings that name a store nobody listens on (a port just freed), for a store that is unreachable.</summary>
    public static IReadOnlyDictionary<string, string?> Unreachable() => new S3Server(FreePort()).Settings;

    private async Task RunAsync()
    {
        var info = new ProcessStartInfo(Executable(),
            ["-d", Path.Combine(root, "objects"), "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--configure-bucket", Bucket])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(info)!;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        process.OutputDataReceived += (_, e) => Seen(e.Data);
        process.ErrorDataReceived += (_, e) => Seen(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        if (finished != listening.Task)
        {
            await StopAsync();
            lock (output)
            {
                throw new InvalidOperationException($"s3rver did not start:\n{string.Join('\n', output)}");
            }
        }

        void Seen(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
            }

            if (line.Contains("S3rver listening", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }
    }

    /// <summary>Stops the server at once; its objects stay in its folder until it is disposed.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process?.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private static string Executable()
    {
        var configured = Environment.GetEnvironmentVariable("IC_S3RVER");
        var path = string.IsNullOrEmpty(configured)
            ? Path.Combine(SharedData.RepositoryRoot, ".tools", "s3rver", "node_modules", ".bin", "s3rver")
            : configured;
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"s3rver not found at {path}: run ./build.sh test (it installs it under .tools/) or set IC_S3RVER.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
