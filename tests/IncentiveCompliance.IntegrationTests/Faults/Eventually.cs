using System.Net;
using IncentiveCompliance.TestSupport;

namespace IncentiveCompliance.IntegrationTests.Faults;

/// <summary>Waiting for a condition by asking again, never by sleeping a fixed time and hoping; asking a node how it is.</summary>
internal static class Eventually
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>True as soon as the condition holds; false if it still does not after <paramref name="within"/>.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan within) => HoldsAsync(() => Task.FromResult(condition()), within);

    /// <summary>The status a node answers on a path (/health/ready); null when the node does not answer at all.</summary>
    public static async Task<HttpStatusCode?> StatusAsync(AppProcess node, string path)
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(node.BaseAddress!, path));
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }
}
