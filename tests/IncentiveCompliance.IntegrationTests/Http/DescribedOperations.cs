using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The operations of the API's description (/openapi/v1.json), found by method and real path.</summary>
public sealed partial class DescribedOperations
{
    private readonly IReadOnlyList<Operation> operations;

    private DescribedOperations(IReadOnlyList<Operation> operations) => this.operations = operations;

    public JsonElement Document { get; private init; }

    public static DescribedOperations Parse(string json)
    {
        var document = JsonDocument.Parse(json).RootElement;
        var found = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var pattern = new Regex("^" + Parameter().Replace(Regex.Escape(path.Name).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
            foreach (var operation in path.Value.EnumerateObject())
            {
                var statuses = operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
                found.Add(new Operation(operation.Name.ToUpperInvariant(), path.Name, pattern, statuses,
                    operation.Value.TryGetProperty("operationId", out var id) ? id.GetString() ?? "" : ""));
            }
        }

        // A literal segment wins over a parameter: /municipalities/import before /municipalities/{ubigeo}.
        return new([.. found.OrderBy(o => o.Path.Count(c => c == '{'))]) { Document = document };
    }

    /// <summary>The operation that answers this method on this path, or null when none does (routing answered).</summary>
    public Operation? Find(HttpMethod method, string path) =>
        operations.FirstOrDefault(o => string.Equals(o.Method, method.Method, StringComparison.Ordinal) && o.Pattern.IsMatch(path));

    /// <summary>The same description without one answer of one operation: to see that an undocumented answer is caught.</summary>
    public DescribedOperations Without(string operationId, HttpStatusCode status) =>
        new([.. operations.Select(o => o.Id == operationId ? o with { Statuses = o.Statuses.Where(s => s != ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal) } : o)])
        {
            Document = Document,
        };

    [GeneratedRegex(@"\{[^/]+\}")]
    private static partial Regex Parameter();

    public sealed record Operation(string Method, string Path, Regex Pattern, IReadOnlySet<string> Statuses, string Id)
    {
        public bool Describes(HttpStatusCode status) =>
            Statuses.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)) || Statuses.Contains("default");
    }
}
