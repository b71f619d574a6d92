using IncentiveCompliance.Core;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Files;
using IncentiveCompliance.Infrastructure.Notifications;
using IncentiveCompliance.Infrastructure.Pdf;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.Infrastructure.Security;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// The product's own services (mediator pipeline, database, identity) on a migrated test database, for
/// sending requests as any user exactly as the web host, the API and the jobs do.
/// </summary>
public sealed class AppServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private readonly bool ownsDatabase;

    private AppServices(ServiceProvider provider, TestDatabase database, bool ownsDatabase)
    {
        this.provider = provider;
        Database = database;
        this.ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    /// <param name="settings">Configuration beyond the database's (e.g. SMTP), and <paramref name="configure"/> services registered before the product's own, which they replace.</param>
    public static async Task<AppServices> CreateAsync(DatabaseProvider provider, PostgresServer postgres, bool demo = false,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) =>
        await StartAsync(await TestDatabase.CreateAsync(provider, postgres), demo, settings, configure, ownsDatabase: true);

    /// <summary>Starts one application node on an existing database, preparing it as start-up does; the database outlives it unless it is owned.</summary>
    public static async Task<AppServices> StartAsync(TestDatabase database, bool demo,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, bool ownsDatabase = false)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Enabled"] = demo ? "true" : "false" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        services.AddSingleton<IConfiguration>(configuration);
        configure?.Invoke(services);
        services.AddLogging();
        services.AddCore();
        services.AddAppDatabase();
        services.AddAppIdentity(configuration);
        services.AddEvidenceStorage();
        services.AddPdfRendering();
        services.AddNotificationMail();
        services.AddSingleton<QueuedJobs>();
        services.AddSingleton<IBackgroundJobs>(sp => sp.GetRequiredService<QueuedJobs>());
        var app = new AppServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), database, ownsDatabase);
        await app.provider.PrepareDatabaseAsync(demo);
        return app;
    }

    public IServiceProvider Root => provider;

    /// <summary>A database context of its own, as another user's request would have.</summary>
    public AsyncServiceScope NewContext(out AppDbContext db)
    {
        var scope = provider.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    /// <summary>
    /// Sends a request in a new scope as the given user (null: nobody signed in). Each scope is its own person unless a
    /// user id is given, so a manager's submission is reviewed by somebody else.
    /// </summary>
    public async Task<T> SendAs<T>(AccessScope? scope, IRequest<T> request, string? userId = null, Guid? sessionId = null)
    {
        await using var serviceScope = provider.CreateAsyncScope();
        if (scope is not null)
        {
            serviceScope.ServiceProvider.GetRequiredService<CurrentUser>().SignIn(userId ?? $"test-{scope.Role}-{scope.RegionCode}{scope.Ubigeo}", "test@example.pe", scope, sessionId ?? Guid.NewGuid());
        }

        return await serviceScope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs the queued background work, and what it queues in turn, as the scheduler would.</summary>
    public async Task RunQueuedJobsAsync()
    {
        var jobs = provider.GetRequiredService<QueuedJobs>();
        while (jobs.TryTake(out var request))
        {
            await using var serviceScope = provider.CreateAsyncScope();
            serviceScope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
            await serviceScope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
    }

    public QueuedJobs Jobs => provider.GetRequiredService<QueuedJobs>();

    public Task<T> SendAsAdmin<T>(IRequest<T> request) => SendAs(TestUsers.Admin, request);

    /// <summary>Runs a query directly on the database, to check what a request left behind.</summary>
    public async Task<T> Query<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var serviceScope = provider.CreateAsyncScope();
        return await query(serviceScope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ownsDatabase)
        {
            await Database.DeleteAsync();
        }
    }
}
