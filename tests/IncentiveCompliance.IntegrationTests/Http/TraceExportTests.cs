using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// With <c>OpenTelemetry__OtlpEndpoint</c> set, a node exports its request traces to that collector, keeping the trace id
/// the caller sent in <c>traceparent</c>; here the collector is a listener on 127.0.0.1 that keeps what it receives.
/// </summary>
public sealed class TraceExportTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_request_traced_by_its_caller_reaches_the_configured_collector_with_that_trace_id()
    {
        using var collector = new Collector();
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.Sqlite, postgres, demo: true);
        await using var node = await AppProcess.StartAsync(database, new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = collector.Address + "v1/traces",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200", // export every 200 ms, not every 5 s
        });
        var traceId = ActivityTraceId.CreateRandom();
        using var client = new HttpClient { BaseAddress = node.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);

        var exported = await collector.WaitForAsync(body => Contains(body, Convert.FromHexString(traceId.ToHexString())), TimeSpan.FromSeconds(30));
        exported.Should().NotBeNull($"the collector received {collector.Received.Count} exports; the node wrote:\n{node.Output}");
        collector.Paths.Should().OnlyContain(path => path == "/v1/traces");
        Contains(exported!, "/health/ready"u8.ToArray()).Should().BeTrue("the span names the route");
    }

    private static bool Contains(byte[] body, byte[] part) => body.AsSpan().IndexOf(part) >= 0;

    /// <summary>An OTLP/HTTP collector reduced to what the test needs: it answers 200 to every export and keeps its body.</summary>
    private sealed class Collector : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly CancellationTokenSource stop = new();

        public Collector()
        {
            Address = $"http://127.0.0.1:{FreePort()}/";
            listener.Prefixes.Add(Address);
            listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Address { get; }

        public ConcurrentQueue<byte[]> Received { get; } = new();

        public ConcurrentQueue<string> Paths { get; } = new();

        public async Task<byte[]?> WaitForAsync(Func<byte[], bool> match, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (Received.FirstOrDefault(match) is { } body)
                {
                    return body;
                }

                await Task.Delay(100);
            }

            return null;
        }

        public void Dispose()
        {
            stop.Cancel();
            listener.Close();
            stop.Dispose();
        }

        private async Task ServeAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                Paths.Enqueue(context.Request.Url!.AbsolutePath);
                Received.Enqueue(body.ToArray());
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
