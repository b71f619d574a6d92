using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Formatting;
using Table = IncentiveCompliance.Core.Common.Exports.Table;

namespace IncentiveCompliance.Infrastructure.Exports;

/// <summary>
/// A table as an Excel workbook: one sheet, a bold header row, numbers as numbers, text as inline strings (enums by their
/// API names, as in the CSV), and text that looks like a formula marked as text.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const uint HeaderStyle = 1;

    // Excel's own «leading apostrophe» mark: the cell shows its text as typed and is never evaluated, even when edited.
    private const uint TextStyle = 2;

    /// <summary>
    /// Writes the workbook to <paramref name="destination"/>, which must be seekable (a zip package): the sheet's rows go
    /// through OpenXML's SAX writer as they come, never as a document tree in memory.
    /// </summary>
    public static async Task WriteAsync(Table table, Stream destination, CancellationToken cancellationToken)
    {
        // OpenXML 2.20 opens the package read-write, and System.IO.Packaging's zip then keeps the sheet's XML (not the rows,
        // nor a document tree) in memory until the package is closed; a write-only package would stream it, but 2.20
        // refuses one.
        using var document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { QuotePrefix = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(Row(table.Headers.Cast<object?>(), header: true));
            await foreach (var row in table.Rows.WithCancellation(cancellationToken))
            {
                writer.WriteElement(Row(row, header: false));
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var name = table.Name.Length > 31 ? table.Name[..31] : table.Name;
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = name }));
    }

    private static Row Row(IEnumerable<object?> values, bool header)
    {
        var row = new Row();
        foreach (var value in values)
        {
            var cell = value switch
            {
                int or long or double or decimal => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Text(value))) },
            };
            if (header)
            {
                cell.StyleIndex = HeaderStyle;
            }
            else if (value is string text && FormulaGuard.LooksLikeFormula(text))
            {
                cell.StyleIndex = TextStyle;
            }

            row.Append(cell);
        }

        return row;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => PeruFormat.UtcDateTime(d),
        DateOnly d => PeruFormat.Date(d),
        Enum e => EnumJson.Name(e),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
