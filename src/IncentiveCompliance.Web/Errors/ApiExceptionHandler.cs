using System.Text.Json;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IncentiveCompliance.Web.Errors;

/// <summary>Writes API errors as RFC 7807 problem details; page errors go on to the error page.</summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: decide by the path that failed.
        var failedPath = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!ApiRoutes.IsApi(failedPath))
        {
            return false;
        }

        exception = BindingErrors.Explain(exception, context);
        var mapped = ErrorMapping.Of(exception);
        if (mapped is null)
        {
            Unexpected(logger, context.Request.Method, failedPath, exception);
        }

        var (status, title) = mapped ?? (StatusCodes.Status500InternalServerError, "Error interno. Se registró para su revisión.");
        if (exception is StaleVersionException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException && EntityTags.Named(context.Request))
        {
            status = StatusCodes.Status412PreconditionFailed;
        }

        ProblemDetails problem = exception switch
        {
            FluentValidation.ValidationException v => new HttpValidationProblemDetails(
                v.Errors.GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal)),
            _ => new ProblemDetails(),
        };
        problem.Status = status;
        problem.Title = title;
        if (exception is RowErrorsException rows)
        {
            problem.Extensions["rows"] = rows.Rows.Select(r => new { row = r.Row, reason = r.Reason }).ToList();
        }

        context.Response.StatusCode = status;
        ErrorMapping.AddHeaders(context.Response, exception);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void Unexpected(ILogger logger, string method, string path, Exception exception);
}
