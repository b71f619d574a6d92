using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// A real PostgreSQL server of the test run's own: initdb and pg_ctl in a temporary folder, listening on
/// 127.0.0.1 on a free port, stopped and deleted at the end. As root it runs as the postgres user
/// (PostgreSQL refuses root). The binaries come from IC_PG_BIN or /usr/lib/postgresql/*/bin.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string root = "";
    private int port;
    private int databases;
    private readonly SemaphoreSlim copying = new(1);

    public string AdminConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";

    public async ValueTask InitializeAsync()
    {
        root = Directory.CreateTempSubdirectory("ic-pg-").FullName;
        port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await Run("chown", $"-R postgres:postgres {root}");
        }

        await Run(Path.Combine(FindBinaries(), "initdb"), $"-D {root}/data -U postgres -A trust -E UTF8 --no-locale --no-sync", asRoot);
        await StartAsync();
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>: same data, same port.</summary>
    public Task StartAsync()
    {
        var options = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        return Run(Path.Combine(FindBinaries(), "pg_ctl"), $"-D {root}/data -l {root}/server.log -o \"{options}\" -w -t 60 start", Environment.UserName == "root");
    }

    /// <summary>Stops the server as an outage would: open sessions are cut, the data and the port are kept for <see cref="StartAsync"/>.</summary>
    public Task StopAsync() => Run(Path.Combine(FindBinaries(), "pg_ctl"), $"-D {root}/data -m fast -w -t 60 stop", Environment.UserName == "root");

    /// <summary>A new database on this server: empty, or a copy of the template database named.</summary>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}";
        // A template cannot be copied while another session uses it, a copy in progress included: one copy at a time.
        await copying.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""), connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            copying.Release();
        }

        return $"Host=127.0.0.1;Port={port};Username=postgres;Database={name}";
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Run(Path.Combine(FindBinaries(), "pg_ctl"), $"-D {root}/data -m immediate -w stop", Environment.UserName == "root");
        Directory.Delete(root, recursive: true);
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("IC_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        return (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderDescending()
            .FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found: run ./build.sh test (it installs them) or 'apt-get install postgresql'.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task Run(string file, string arguments, bool asPostgres = false)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/tmp";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
