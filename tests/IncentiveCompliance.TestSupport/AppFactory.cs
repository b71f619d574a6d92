using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// The whole web application on a test database of its own, copied from the template with the demo loaded (in memory,
/// or on Kestrel for browsers), without a job server unless <see cref="WithJobServer"/>: work is queued in its job store
/// and never run; job tests run the application as a process.
/// </summary>
public sealed class AppFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    private bool jobServer;

    public TestDatabase Database { get; } = database;

    /// <summary>Runs a job server in this host: only for the single host of a test process (Hangfire keeps global state).</summary>
    public void WithJobServer() => jobServer = true;

    public static async Task<AppFactory> CreateAsync(DatabaseProvider provider, PostgresServer postgres) =>
        new(await TestDatabase.PreparedAsync(provider, postgres, demo: true));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets(); // serve wwwroot from the build output, as published output is served in production
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("SignIn:PerAddressPerMinute", "1000"); // every test client signs in from one address; RateLimitTests lowers it
        // Hangfire servers in one process would share global state and take each other's jobs.
        builder.UseSetting("Jobs:RunServer", jobServer ? "true" : "false");
        builder.UseSetting("Jobs:PollIntervalSeconds", "0.2");
        builder.UseSetting("Logging:LogLevel:Default", Environment.GetEnvironmentVariable("IC_TEST_LOG_LEVEL") ?? "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Database.DeleteAsync();
        GC.SuppressFinalize(this);
    }
}
