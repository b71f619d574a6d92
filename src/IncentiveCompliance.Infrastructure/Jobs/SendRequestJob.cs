using System.Diagnostics;
using System.Text.Json;
using Hangfire;
using Hangfire.Server;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Core.Features.Jobs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>
/// The only Hangfire job, a thin trigger: opens a scope, acts as the application (the user's right was checked when the
/// work was asked for) and sends the stored request through the mediator. A transient failure is tried again at most
/// <see cref="Retries"/> times within ten minutes, the work's row saying so; any other failure, or the last, ends it as
/// failed with a Spanish message.
/// </summary>
public sealed partial class SendRequestJob(IServiceScopeFactory scopes, ILogger<SendRequestJob> logger)
{
    public const int Retries = 3;

    /// <summary>Arguments as the job store keeps them: the request's description for people, its type and JSON, and who asked.</summary>
    [JobDisplayName("{0} · pedido por {3}")]
    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [30, 120, 300], OnlyOn = [typeof(TransientJobException)])]
    public async Task RunAsync(string description, string requestType, string request, string requestedBy, PerformContext? context, CancellationToken cancellationToken)
    {
        var job = Read(requestType, request);
        var kind = job.GetType().Name;
        AppMetrics.JobStarted(kind);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await SendAsync(job, cancellationToken);
            AppMetrics.JobEnded(kind, Stopwatch.GetElapsedTime(started), failed: false, transient: false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var attempt = (context?.GetJobParameter<int>("RetryCount") ?? 0) + 1;
            var transient = TransientFailures.Is(e);
            var willRetry = transient && attempt <= Retries;
            var message = transient
                ? willRetry
                    ? $"La base de datos no respondió; se reintentará en unos minutos (intento {attempt} de {Retries + 1})."
                    : $"La base de datos no respondió tras {Retries + 1} intentos. Reintente más tarde."
                : $"Error inesperado ({e.GetType().Name}). Reintente; si se repite, avise al administrador.";
            AppMetrics.JobEnded(kind, Stopwatch.GetElapsedTime(started), failed: true, transient);
            LogFailure(logger, e, description, attempt, willRetry);
            await RecordAsync(new RecordJobFailure(job, message, willRetry));
            if (transient)
            {
                throw new TransientJobException(message, e);
            }

            throw;
        }
    }

    /// <summary>What the job store keeps for a request.</summary>
    internal static (string Description, string Type, string Body) Write(IBackgroundRequest request) =>
        (request.ToString() ?? request.GetType().Name, request.GetType().FullName!, JsonSerializer.Serialize(request, request.GetType()));

    private async Task SendAsync(IRequest<Unit> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    /// <summary>Best effort: with the database still unreachable the row cannot be written; the next attempt, or the restart, will.</summary>
    private async Task RecordAsync(RecordJobFailure failure)
    {
        try
        {
            await SendAsync(failure, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogUnrecorded(logger, e, failure.Job.ToString() ?? "");
        }
    }

    /// <summary>Only background requests of the application itself are ever instantiated from what the job store holds.</summary>
    private static IBackgroundRequest Read(string typeName, string body)
    {
        var type = typeof(IBackgroundRequest).Assembly.GetType(typeName);
        if (type is null || !type.IsAssignableTo(typeof(IBackgroundRequest)))
        {
            throw new InvalidOperationException($"Tipo de tarea desconocido: {typeName}");
        }

        return (IBackgroundRequest)JsonSerializer.Deserialize(body, type)!;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed on attempt {Attempt} (another attempt follows: {WillRetry})")]
    private static partial void LogFailure(ILogger logger, Exception exception, string job, int attempt, bool willRetry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The failure of job {Job} could not be recorded on its row")]
    private static partial void LogUnrecorded(ILogger logger, Exception exception, string job);
}
