namespace IncentiveCompliance.Core.Common.Exports;

/// <summary>
/// Text that a spreadsheet would take for a formula (CSV injection): a cell written by a municipality, such as a note
/// that starts with <c>=HYPERLINK(…)</c>, must open as text on the secretariat's computer.
/// </summary>
public static class FormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string text) => text.Length > 0 && Triggers.Contains(text[0]);

    /// <summary>For CSV: a leading apostrophe, which spreadsheets read as «this is text».</summary>
    public static string Escape(string text) => LooksLikeFormula(text) ? "'" + text : text;
}
