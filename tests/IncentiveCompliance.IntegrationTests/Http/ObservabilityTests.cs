using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using IncentiveCompliance.Web.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// <c>/metrics</c> answers Prometheus text to the allowed networks only, decided by the connection's own address; an
/// error answer and the log lines of its request carry the same trace id.
/// </summary>
public sealed class ObservabilityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Metrics_are_served_to_loopback_in_prometheus_text(DatabaseProvider provider)
    {
        var server = api.Factory(provider).Server;
        (await api.Anonymous(provider).GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        AppMetrics.JobStarted(nameof(ObservabilityTests)); // the meter is process-wide: what a job records, the host exports

        var (status, contentType, body) = await ScrapeAsync(server, IPAddress.Loopback);
        var (v6Status, _, _) = await ScrapeAsync(server, IPAddress.IPv6Loopback);

        status.Should().Be(StatusCodes.Status200OK);
        v6Status.Should().Be(StatusCodes.Status200OK);
        contentType.Should().StartWith("text/plain");
        body.Should().Contain("http_server_request_duration_seconds_bucket").And.Contain("http_route=\"/health/ready\"")
            .And.Contain("ic_jobs_started_total{otel_scope_name=\"IncentiveCompliance\",kind=\"ObservabilityTests\"}")
            .And.Contain("microsoft_entityframeworkcore_queries");
        if (provider == DatabaseProvider.PostgreSql)
        {
            body.Should().Contain("db_client_operation_duration");
        }
    }

    [Fact]
    public async Task Other_addresses_get_not_found_and_a_forwarded_address_does_not_count()
    {
        var server = api.Factory(DatabaseProvider.Sqlite).Server;
        (await ScrapeAsync(server, IPAddress.Parse("203.0.113.9"))).Status.Should().Be(StatusCodes.Status404NotFound);

        using var factory = api.Factory(DatabaseProvider.Sqlite).WithWebHostBuilder(b => b.UseSetting("Metrics:AllowedNetworks:0", "10.0.0.0/8"));
        (await ScrapeAsync(factory.Server, IPAddress.Parse("10.1.2.3"))).Status.Should().Be(StatusCodes.Status200OK);
        (await ScrapeAsync(factory.Server, IPAddress.Loopback)).Status.Should().Be(StatusCodes.Status404NotFound, "the list replaces loopback");
        (await ScrapeAsync(factory.Server, IPAddress.Loopback, forwardedFor: "10.1.2.3")).Status
            .Should().Be(StatusCodes.Status404NotFound, "a trusted proxy's X-Forwarded-For does not open the metrics");
    }

    [Fact]
    public async Task The_metrics_answers_carry_the_security_headers_as_every_other_answer()
    {
        var server = api.Factory(DatabaseProvider.Sqlite).Server;

        foreach (var from in new[] { IPAddress.Loopback, IPAddress.Parse("203.0.113.9") }) // served, and refused with 404
        {
            var context = await server.SendAsync(c =>
            {
                c.Connection.RemoteIpAddress = from;
                c.Request.Path = Telemetry.MetricsPath;
            });

            context.Response.Headers.XContentTypeOptions.ToString().Should().Be("nosniff", from.ToString());
            context.Response.Headers.XFrameOptions.ToString().Should().Be("DENY", from.ToString());
            context.Response.Headers.ContentSecurityPolicy.ToString().Should().Contain("default-src 'self'", from.ToString());
        }
    }

    [Fact]
    public void A_network_that_is_not_cidr_is_refused_with_a_sentence_naming_the_setting()
    {
        var options = new MetricsOptions { AllowedNetworks = ["10.0.0.0/8", "intranet"] };

        var failures = options.Validate(new ValidationContext(options)).Select(f => f.ErrorMessage);

        failures.Should().ContainSingle().Which.Should().Contain("Metrics:AllowedNetworks").And.Contain("«intranet»");
    }

    [Fact]
    public async Task An_error_answer_and_its_log_line_carry_the_request_trace_id()
    {
        var logs = new CapturedLogs();
        using var factory = api.Factory(DatabaseProvider.Sqlite).WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/public/regions/99/ranking?year=2026");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("traceId").GetString().Should().Be(traceId);
        logs.TraceIds.Should().Contain(traceId, "the request's log lines carry its trace id");
    }

    private static async Task<(int Status, string ContentType, string Body)> ScrapeAsync(TestServer server, IPAddress from, string? forwardedFor = null)
    {
        var context = await server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = from;
            c.Request.Method = "GET";
            c.Request.Path = "/metrics";
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, context.Response.ContentType ?? "", await reader.ReadToEndAsync());
    }

    /// <summary>The trace ids the log lines' scopes carried, as the JSON console writes them.</summary>
    private sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ConcurrentBag<string> TraceIds { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.scopes.ForEachScope((scope, bag) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "TraceId").Value is { } id)
                    {
                        bag.Add(id.ToString()!);
                    }
                }, owner.TraceIds);
        }
    }
}
