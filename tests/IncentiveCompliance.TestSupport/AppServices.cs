using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// The product's own registration (<see cref="ApplicationServices"/>, the one the web host uses) started as a host on a
/// test database, for sending requests as any user exactly as the web host, the API and the jobs do. Starting validates
/// the settings and prepares the database as every node does. Two services are the test's: background work is kept in
/// <see cref="QueuedJobs"/> for the test to run when it chooses, and the clock is a <see cref="FakeTimeProvider"/> that
/// starts at the real time and moves a millisecond each time it is read, until a test moves it on (<see cref="Clock"/>):
/// a test of deadlines, retention or schedules says what day it is instead of waiting for it.
/// </summary>
public sealed class AppServices : IAsyncDisposable
{
    private readonly IHost host;

    private readonly bool ownsDatabase;

    private AppServices(IHost host, TestDatabase database, bool ownsDatabase)
    {
        this.host = host;
        Database = database;
        this.ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    /// <summary>A node on a database of its own, copied from the prepared template (with or without the demo).</summary>
    /// <param name="settings">Configuration beyond the database's (e.g. SMTP), under the same keys as the web host's.</param>
    public static async Task<AppServices> CreateAsync(DatabaseProvider provider, PostgresServer postgres, bool demo = false,
        IReadOnlyDictionary<string, string?>? settings = null) =>
        await StartAsync(await TestDatabase.PreparedAsync(provider, postgres, demo), demo, settings, ownsDatabase: true);

    /// <summary>
    /// Starts one application node on an existing database, preparing it as start-up does; the database outlives it unless
    /// it is owned. Its clock starts at <paramref name="now"/>, the real time unless given.
    /// </summary>
    public static async Task<AppServices> StartAsync(TestDatabase database, bool demo,
        IReadOnlyDictionary<string, string?>? settings = null, bool ownsDatabase = false, DateTimeOffset? now = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true }));
        builder.Configuration
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Enabled"] = demo ? "true" : "false", ["Jobs:RunServer"] = "false" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddIncentiveCompliance(builder.Configuration);
        // The test's own services, registered after the product's, which they replace.
        builder.Services.AddSingleton<QueuedJobs>();
        builder.Services.AddSingleton<IBackgroundJobs>(sp => sp.GetRequiredService<QueuedJobs>());
        builder.Services.AddSingleton(new FakeTimeProvider(now ?? DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) });
        // With the showcase on, the product sets its clock back while loading it: the same wrapper, around the test's clock.
        builder.Services.AddSingleton<TimeProvider>(sp => builder.Configuration.GetValue<bool>("Demo:Showcase")
            ? new ShowcaseClock(sp.GetRequiredService<FakeTimeProvider>())
            : sp.GetRequiredService<FakeTimeProvider>());
        var node = builder.Build();
        try
        {
            await node.StartAsync();
        }
        catch
        {
            await ((IAsyncDisposable)node).DisposeAsync();
            throw;
        }

        return new AppServices(node, database, ownsDatabase);
    }

    public IServiceProvider Root => host.Services;

    /// <summary>A database context of its own, as another user's request would have.</summary>
    public AsyncServiceScope NewContext(out AppDbContext db)
    {
        var scope = host.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    /// <summary>
    /// Sends a request in a new scope as the given user (null: nobody signed in). Each scope is its own person unless a
    /// user id is given, so a manager's submission is reviewed by somebody else.
    /// </summary>
    public async Task<T> SendAs<T>(AccessScope? scope, IRequest<T> request, string? userId = null, Guid? sessionId = null)
    {
        await using var serviceScope = host.Services.CreateAsyncScope();
        if (scope is not null)
        {
            serviceScope.ServiceProvider.GetRequiredService<CurrentUser>().SignIn(userId ?? $"test-{scope.Role}-{scope.RegionCode}{scope.Ubigeo}", "test@example.pe", scope, sessionId ?? Guid.NewGuid());
        }

        return await serviceScope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs the queued background work, and what it queues in turn, as the scheduler would.</summary>
    public async Task RunQueuedJobsAsync()
    {
        while (Jobs.TryTake(out var request))
        {
            await using var serviceScope = host.Services.CreateAsyncScope();
            serviceScope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            await serviceScope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
    }

    /// <summary>The node's clock, for the test to move on (<c>Clock.Advance(TimeSpan.FromDays(8))</c>).</summary>
    public FakeTimeProvider Clock => host.Services.GetRequiredService<FakeTimeProvider>();

    public QueuedJobs Jobs => host.Services.GetRequiredService<QueuedJobs>();

    public Task<T> SendAsAdmin<T>(IRequest<T> request) => SendAs(TestUsers.Admin, request);

    /// <summary>Runs a query directly on the database, to check what a request left behind.</summary>
    public async Task<T> Query<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var serviceScope = host.Services.CreateAsyncScope();
        return await query(serviceScope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        await ((IAsyncDisposable)host).DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ownsDatabase)
        {
            await Database.DeleteAsync();
        }
    }
}
