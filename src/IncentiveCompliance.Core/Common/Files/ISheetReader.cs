namespace IncentiveCompliance.Core.Common.Files;

/// <summary>Reads a sign-up sheet, CSV or XLSX (told apart by content), as rows of text with their line numbers in the file.</summary>
public interface ISheetReader
{
    /// <summary>The rows, header first; blank rows left out. Throws a validation error when the file is neither.</summary>
    IReadOnlyList<SheetRow> Read(Stream content);
}

public sealed record SheetRow(int Line, IReadOnlyList<string> Cells);
