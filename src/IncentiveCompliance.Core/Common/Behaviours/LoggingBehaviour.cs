using System.Diagnostics;
using IncentiveCompliance.Core.Common.Security;
using MediatR;
using Microsoft.Extensions.Logging;

namespace IncentiveCompliance.Core.Common.Behaviours;

/// <summary>Logs each request's name, caller, outcome and duration; never its content (it may hold personal data).</summary>
public sealed partial class LoggingBehaviour<TRequest, TResponse>(ICurrentUser user, ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            Handled(logger, typeof(TRequest).Name, user.UserId ?? "anónimo", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            Failed(logger, typeof(TRequest).Name, user.UserId ?? "anónimo", Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} by {UserId} handled in {ElapsedMs:0.0} ms")]
    private static partial void Handled(ILogger logger, string request, string userId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Request} by {UserId} failed after {ElapsedMs:0.0} ms with {Error}")]
    private static partial void Failed(ILogger logger, string request, string userId, double elapsedMs, string error);
}
