using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.TestSupport;

/// <summary>The whole web application on a fresh test database with the demo loaded (in memory, or on Kestrel for browsers).</summary>
public sealed class AppFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    public static async Task<AppFactory> CreateAsync(DatabaseProvider provider, PostgresServer postgres) =>
        new(await TestDatabase.CreateAsync(provider, postgres));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets(); // serve wwwroot from the build output, as published output is served in production
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Demo:Enabled", "true");
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
