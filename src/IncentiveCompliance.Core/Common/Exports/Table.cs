namespace IncentiveCompliance.Core.Common.Exports;

/// <summary>A table to export (CSV or XLSX): a name, column headers and rows of plain values.</summary>
public sealed record Table(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
