namespace IncentiveCompliance.Core.Common.Exports;

/// <summary>
/// A table to export (CSV or XLSX): a name, column headers and rows of plain values. The rows are read as the file is
/// written: a table of database rows streams them from the query (<c>AsAsyncEnumerable</c>), so a long trail is never
/// held whole in memory; it is enumerated once, while the request that asked for it is still open.
/// </summary>
public sealed record Table(string Name, IReadOnlyList<string> Headers, IAsyncEnumerable<IReadOnlyList<object?>> Rows)
{
    /// <summary>A table whose rows were computed in memory (figures, a matrix): only its writing streams.</summary>
    public Table(string name, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
        : this(name, headers, rows.ToAsyncEnumerable())
    {
    }
}
