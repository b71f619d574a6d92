using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Jobs;
using IncentiveCompliance.Core.Features.Scheduling;
using IncentiveCompliance.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>
/// Once the host has started (database prepared, job server running): registers the daily and the regions' scheduled
/// jobs and, on SQLite, queues again the work a killed run left unfinished.
/// </summary>
internal sealed class StandingJobs(IServiceScopeFactory scopes, DatabaseSettings database) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new RegisterStandingJobs(), cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await mediator.Send(new ResumeUnfinishedWork(), cancellationToken);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
