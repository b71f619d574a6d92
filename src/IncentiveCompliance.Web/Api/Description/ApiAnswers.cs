using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace IncentiveCompliance.Web.Api.Description;

/// <summary>
/// The error answers every operation documents, decided in one place from what the endpoint is: 400 (fields with their
/// reasons) for all; 401 and 403 unless anonymous; 404 when the path names a record; 415 when it reads a JSON body;
/// 413 when the body has a size limit; 429 when the endpoint is rate-limited. Answers only some operations give (409,
/// 412, an anonymous sign-in's 401, the file store's 503) are declared on them.
/// </summary>
public static class ApiAnswers
{
    public const string ProblemJson = "application/problem+json";

    public static TBuilder WithErrorAnswers<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            endpoint.Metadata.Add(Problem(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails)));
            if (!metadata.OfType<IAllowAnonymous>().Any())
            {
                endpoint.Metadata.Add(Problem(StatusCodes.Status401Unauthorized));
                endpoint.Metadata.Add(Problem(StatusCodes.Status403Forbidden));
            }

            if (endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 })
            {
                endpoint.Metadata.Add(Problem(StatusCodes.Status404NotFound));
            }

            if (metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Contains("application/json", StringComparer.OrdinalIgnoreCase)))
            {
                endpoint.Metadata.Add(Problem(StatusCodes.Status415UnsupportedMediaType));
            }

            if (metadata.OfType<IRequestSizeLimitMetadata>().Any())
            {
                endpoint.Metadata.Add(Problem(StatusCodes.Status413PayloadTooLarge));
            }

            if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                endpoint.Metadata.Add(Problem(StatusCodes.Status429TooManyRequests));
            }
        });
        return builder;
    }

    /// <summary>The operation may answer 409: the record changed meanwhile or already exists.</summary>
    public static RouteHandlerBuilder ProducesConflict(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The operation reads or writes the file store, and answers 503 while that store does not answer.</summary>
    public static RouteHandlerBuilder ProducesStorageUnavailable(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static ProducesResponseTypeMetadata Problem(int status, Type? type = null) =>
        new(status, type ?? typeof(ProblemDetails), [ProblemJson]);
}
