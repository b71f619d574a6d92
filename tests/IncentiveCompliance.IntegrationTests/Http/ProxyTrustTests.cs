using System.Net;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>Forwarded headers count only when a trusted proxy sends them; HSTS shows which scheme the application saw.</summary>
public sealed class ProxyTrustTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Without_configured_proxies_only_loopback_may_forward()
    {
        var server = api.Factory(DatabaseProvider.Sqlite).Server;

        (await SeenOverHttpsAsync(server, IPAddress.Loopback)).Should().BeTrue();
        (await SeenOverHttpsAsync(server, IPAddress.Parse("203.0.113.9"))).Should().BeFalse("any client could claim any scheme or address");
    }

    [Fact]
    public async Task Configured_proxies_and_networks_replace_loopback()
    {
        using var factory = api.Factory(DatabaseProvider.Sqlite).WithWebHostBuilder(b => b
            .UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.5")
            .UseSetting("ForwardedHeaders:KnownNetworks:0", "192.168.50.0/24"));

        (await SeenOverHttpsAsync(factory.Server, IPAddress.Parse("10.0.0.5"))).Should().BeTrue();
        (await SeenOverHttpsAsync(factory.Server, IPAddress.Parse("192.168.50.7"))).Should().BeTrue();
        (await SeenOverHttpsAsync(factory.Server, IPAddress.Parse("10.0.0.6"))).Should().BeFalse();
        (await SeenOverHttpsAsync(factory.Server, IPAddress.Loopback)).Should().BeFalse("the configured list replaces the default");
    }

    private static async Task<bool> SeenOverHttpsAsync(TestServer server, IPAddress from)
    {
        var context = await server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = from;
            c.Request.Method = "GET";
            c.Request.Path = "/health/live";
            c.Request.Host = new HostString("seguridad.gob.pe"); // HSTS is never sent to localhost
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "198.51.100.20";
        });
        return context.Response.Headers.ContainsKey("Strict-Transport-Security");
    }
}
