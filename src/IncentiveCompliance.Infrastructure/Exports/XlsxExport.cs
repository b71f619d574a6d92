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

    public static byte[] Write(Table table)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { QuotePrefix = true }));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(table.Headers.Cast<object?>(), header: true));
            foreach (var row in table.Rows)
            {
                data.Append(Row(row, header: false));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var name = table.Name.Length > 31 ? table.Name[..31] : table.Name;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = name }));
        }

        return buffer.ToArray();
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
