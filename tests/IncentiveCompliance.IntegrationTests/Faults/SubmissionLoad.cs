using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.IntegrationTests.Faults;

/// <summary>
/// The Wanchaq manager's traffic spread over several nodes: writers submit progress through the JSON API, each on a
/// requirement of its own (of a large catalogue filed under a year of its own), with a small PDF and a unique marker in
/// the note; readers read back submissions already acknowledged. Every answer is counted per node, and each
/// acknowledged submission (201) is kept with its marker, to be looked for in the database afterwards.
/// </summary>
internal sealed class SubmissionLoad
{
    public const int Year = 2031;
    private const int Requirements = 3000;
    private const string Manager = "seguridad@wanchaq.demo.pe";
    private const string MarkerPrefix = "marca-";

    private readonly IReadOnlyList<HttpClient> nodes;
    private readonly ConcurrentDictionary<string, Guid> acknowledged = new(StringComparer.Ordinal);
    private readonly Tally[] tallies;
    private int nextRequirement;

    private SubmissionLoad(IReadOnlyList<HttpClient> nodes)
    {
        this.nodes = nodes;
        tallies = [.. nodes.Select(_ => new Tally())];
    }

    /// <summary>Each acknowledged submission's marker and id.</summary>
    public IReadOnlyDictionary<string, Guid> Acknowledged => acknowledged;

    /// <summary>Loads the catalogue the writers report on; run once on the database before the nodes take traffic.</summary>
    public static async Task PrepareAsync(TestDatabase database)
    {
        await using var app = await AppServices.StartAsync(database, demo: false);
        await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(CatalogueJson())));
    }

    /// <summary>The manager's API clients, one per node, and the load over them.</summary>
    public static async Task<SubmissionLoad> OnAsync(params AppProcess[] nodes) =>
        new([.. await Task.WhenAll(nodes.Select(n => n.ApiAsync(Manager)))]);

    /// <summary>Answers received from a node: succeeded (2xx) and failed (an error status or no answer at all).</summary>
    public (int Succeeded, int Failed, string? FirstFailure) Of(int node) =>
        (tallies[node].Succeeded, tallies[node].Failed, tallies[node].FirstFailure);

    /// <summary>Runs writers and a reader on every node until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(int writersPerNode, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, nodes.Count).SelectMany(node =>
            Enumerable.Range(0, writersPerNode).Select(_ => Loop(() => WriteAsync(node), stop))
                .Append(Loop(() => ReadOneAsync(node), stop))));

    /// <summary>Whether the node takes a submission and reads it back.</summary>
    public async Task<bool> WritesAndReadsAsync(int node) => await WriteAsync(node) is { } id && await ReadAsync(node, id);

    /// <summary>
    /// The acknowledged submissions that the database does not hold exactly once, under their id, with their marker:
    /// empty when none was lost or doubled.
    /// </summary>
    public async Task<IReadOnlyList<string>> NotStoredOnceAsync(AppServices app)
    {
        var stored = await app.Query(db => db.Submissions.Where(s => s.Note.StartsWith(MarkerPrefix)).Select(s => new { s.Id, s.Note }).ToListAsync());
        var byMarker = stored.ToLookup(s => s.Note, StringComparer.Ordinal);
        return [.. acknowledged.Where(a => byMarker[a.Key].Select(s => s.Id).SequenceEqual([a.Value]) is false).Select(a => $"{a.Key}: {byMarker[a.Key].Count()} rows")];
    }

    private static async Task Loop(Func<Task> request, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await request();
            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>One submission on a requirement not used before; its id once acknowledged, else null.</summary>
    private async Task<Guid?> WriteAsync(int node)
    {
        var code = $"F{Interlocked.Increment(ref nextRequirement)}";
        var marker = $"{MarkerPrefix}{Guid.NewGuid():N}";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(marker), "note" },
            { new ByteArrayContent(TestFiles.Pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "files", "evidencia.pdf" },
        };
        var answer = await SendAsync(node, () => nodes[node].PostAsync(
            $"municipalities/{TestUsers.Wanchaq}/requirements/{code}/submissions?year={Year}", form));
        if (answer is not { StatusCode: HttpStatusCode.Created } created)
        {
            return null;
        }

        var id = created.Body.GetProperty("id").GetGuid();
        acknowledged[marker] = id;
        return id;
    }

    /// <summary>Reads back a submission acknowledged earlier, once there is one.</summary>
    private Task ReadOneAsync(int node) => acknowledged.Values.FirstOrDefault() is var id && id != Guid.Empty ? ReadAsync(node, id) : Task.CompletedTask;

    private async Task<bool> ReadAsync(int node, Guid id) =>
        await SendAsync(node, () => nodes[node].GetAsync($"submissions/{id}")) is not null;

    /// <summary>One request, counted; no answer at all (the node is gone) counts as a failure.</summary>
    private async Task<(HttpStatusCode StatusCode, JsonElement Body)?> SendAsync(int node, Func<Task<HttpResponseMessage>> request)
    {
        try
        {
            using var response = await request();
            var body = await response.Content.ReadAsStringAsync();
            tallies[node].Count(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone()) : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            tallies[node].Count(false, e.Message);
            return null;
        }
    }

    private static string CatalogueJson() => JsonSerializer.Serialize(new
    {
        year = Year,
        title = "Catálogo para pruebas de fallas",
        minimumPoints = 0,
        commitments = new[]
        {
            new
            {
                code = "F",
                name = "Fallas",
                sector = "MININTER",
                requirements = Enumerable.Range(1, Requirements).Select(i => new
                {
                    code = $"F{i}",
                    title = $"Requisito F{i}",
                    kind = "milestone",
                    dueDate = $"{Year}-12-31",
                    points = 1,
                    mandatory = false,
                    evidence = new { fileTypes = new[] { "pdf" }, description = "Un PDF" },
                }),
            },
        },
    });

    private sealed class Tally
    {
        private int succeeded;
        private int failed;

        public int Succeeded => Volatile.Read(ref succeeded);

        public int Failed => Volatile.Read(ref failed);

        public string? FirstFailure { get; private set; }

        public void Count(bool success, string detail)
        {
            if (success)
            {
                Interlocked.Increment(ref succeeded);
                return;
            }

            if (Interlocked.Increment(ref failed) == 1)
            {
                FirstFailure = detail;
            }
        }
    }
}
