using IncentiveCompliance.Core.Common.Security;
using Microsoft.Extensions.Hosting;

namespace IncentiveCompliance.Infrastructure;

/// <summary>
/// Prepares the database while the host is starting, before the server takes requests: every node
/// migrates (taking turns on PostgreSQL) and, in demo mode, an empty database receives the demo.
/// </summary>
public sealed class DatabasePreparation(IServiceProvider services, DemoMode demo) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => services.PrepareDatabaseAsync(demo.Enabled, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
