using System.Globalization;
using System.Threading.RateLimiting;
using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// What anyone may read without signing in (the transparency pages and <c>/api/v1/public</c>): limited per client
/// address by the same rate limiter as sign-in (<c>Transparency:PerAddressPerMinute</c>, 600 in a fixed minute, then 429
/// with Retry-After), and cacheable by browsers and proxies for <see cref="MaxAgeSeconds"/>. The figures themselves are
/// computed at most once per region, year and five minutes on each node (<see cref="PublicRankingCache"/>), and the
/// whole answer is kept as many seconds by the output cache, keyed on the cache's generation, so that a change of
/// publication on this node is never answered from before it.
/// </summary>
public static class PublicTraffic
{
    public const string Policy = "public";

    /// <summary>How long a browser or a proxy may keep an answer: it bounds how long a withdrawn ranking stays in their caches.</summary>
    public const int MaxAgeSeconds = 60;

    public static IServiceCollection AddPublicTraffic(this IServiceCollection services)
    {
        services.AddSettings<TransparencyLimits>(TransparencyLimits.Section);
        services.AddOutputCache(o => o.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromSeconds(MaxAgeSeconds))
            .SetVaryByQuery("year", "anio", "format", "handler") // other parameters change nothing: they cannot fill the cache
            .VaryByValue(context => new KeyValuePair<string, string>(
                "publication", context.RequestServices.GetRequiredService<PublicRankingCache>().Generation.ToString(CultureInfo.InvariantCulture)))));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<TransparencyLimits>>((o, limits) =>
        {
            var perMinute = limits.Value.PerAddressPerMinute;
            o.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>The answer is the same for everyone and may be kept a minute (errors excepted: they are never cached).</summary>
    public static void Cacheable(HttpResponse response) => response.OnStarting(() =>
    {
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={MaxAgeSeconds}");
        }

        return Task.CompletedTask;
    });
}
