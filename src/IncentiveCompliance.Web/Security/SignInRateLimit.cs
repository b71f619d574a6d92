using System.Globalization;
using System.Threading.RateLimiting;
using IncentiveCompliance.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in form and the token endpoint, per client address (the one a trusted proxy
/// forwards, see <see cref="ProxyTrust"/>): <c>SignIn:PerAddressPerMinute</c> attempts (<see cref="SignInLimits"/>, default 10) in a sliding minute.
/// Strict, so that guessing from one address is slow; the account's own, generous limit lives in the <c>SignIn</c>
/// request, so a few wrong passwords from one address never stop the owner signing in from another. Beyond the limit:
/// 429 with Retry-After, and the status pages say it in Spanish.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { }); // configured below, from the validated settings
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimits>>((o, limits) =>
        {
            var perMinute = limits.Value.PerAddressPerMinute;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Policy, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("show-form")
                : RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
