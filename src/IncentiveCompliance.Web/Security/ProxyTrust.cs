using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// Which reverse proxies may tell the application the client's address and scheme (<c>X-Forwarded-For</c>,
/// <c>X-Forwarded-Proto</c>): the addresses in <c>ForwardedHeaders:KnownProxies</c> and the networks in
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR), as lists; with neither, loopback only. A client elsewhere that sends
/// those headers is ignored, so it cannot pose as another address (rate limits and the audit trail key on it).
/// </summary>
public static class ProxyTrust
{
    public static IServiceCollection AddProxyTrust(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        var parsedProxies = proxies.Select(p => IPAddress.TryParse(p, out var ip) ? ip : throw Invalid("KnownProxies", p)).ToList();
        var parsedNetworks = networks.Select(n => System.Net.IPNetwork.TryParse(n, out var net) ? net : throw Invalid("KnownNetworks", n)).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (parsedProxies.Count + parsedNetworks.Count == 0)
            {
                return; // the framework's defaults: loopback only
            }

            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            parsedProxies.ForEach(o.KnownProxies.Add);
            parsedNetworks.ForEach(o.KnownIPNetworks.Add);
        });
        return services;
    }

    private static InvalidOperationException Invalid(string setting, string value) =>
        new($"ForwardedHeaders:{setting} tiene un valor que no es una dirección o red IP válida: «{value}».");
}
