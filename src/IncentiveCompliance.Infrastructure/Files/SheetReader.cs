using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common.Files;

namespace IncentiveCompliance.Infrastructure.Files;

/// <summary>
/// CSV (comma, semicolon or tab; UTF-8 or Latin-1) or the first sheet of an XLSX workbook. A number Excel stored as a
/// number comes back as its digits (a DNI typed as a number loses its leading zeros: sheets should keep it as text).
/// </summary>
internal sealed class SheetReader : ISheetReader
{
    /// <summary>Caps what a small compressed workbook may expand to in memory.</summary>
    private const long MaxCharactersInPart = 20_000_000;

    /// <summary>
    /// A sign-up sheet has a dozen columns and a few hundred rows; far past that a file is a mistake or an attack (one cell
    /// at column ZZZZZZ would pad its row to millions of empty cells), and it is refused naming where it overflows.
    /// </summary>
    internal const int MaxColumns = 100;

    internal const int MaxRows = 50_000;

    public IReadOnlyList<SheetRow> Read(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var type = EvidenceType.Detect(buffer);
        if (type == EvidenceType.Csv)
        {
            return Csv(buffer.ToArray());
        }

        if (type != EvidenceType.Xlsx)
        {
            throw Unreadable("El archivo debe ser una hoja CSV o Excel (XLSX).");
        }

        try
        {
            return Xlsx(buffer);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidOperationException or ArgumentOutOfRangeException or FormatException or InvalidDataException)
        {
            throw Unreadable("No se pudo leer el libro de Excel: ábralo, guárdelo de nuevo como XLSX o expórtelo a CSV.");
        }
    }

    private static FluentValidation.ValidationException Unreadable(string message) => new([new ValidationFailure("file", message)]);

    private static List<SheetRow> Csv(byte[] bytes)
    {
        var text = LegacyText.Decode(bytes);
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = new[] { ";", "\t", "," }.MaxBy(d => firstLine.Split(d).Length)!;
        using var csv = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null });
        var rows = new List<SheetRow>();
        while (csv.Read())
        {
            if (csv.Record!.Length > MaxColumns)
            {
                throw TooWide($"La fila {csv.Row}");
            }

            var cells = csv.Record.Select(c => c.Trim()).ToList();
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(Counted(new SheetRow(csv.Row, cells), rows.Count));
            }
        }

        return rows;
    }

    private static List<SheetRow> Xlsx(MemoryStream buffer)
    {
        using var document = SpreadsheetDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var firstSheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!);
        var rows = new List<SheetRow>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value);
                if (column >= MaxColumns)
                {
                    throw TooWide($"La celda {cell.CellReference?.Value}");
                }

                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Text(cell, shared).Trim());
            }

            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(Counted(new SheetRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells), rows.Count));
            }
        }

        return rows;
    }

    private static SheetRow Counted(SheetRow row, int rowsSoFar) => rowsSoFar < MaxRows
        ? row
        : throw Unreadable($"La hoja tiene más de {MaxRows} filas con datos (la fila {row.Line} ya no se lee): divídala en varias hojas.");

    private static FluentValidation.ValidationException TooWide(string where) =>
        Unreadable($"{where} está más allá de la columna {MaxColumns} ({ColumnName(MaxColumns - 1)}): una hoja de asistencia no tiene tantas columnas. Borre lo que haya a la derecha y vuelva a subirla.");

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static string Text(Cell cell, List<string> shared) => cell.DataType?.Value switch
    {
        var t when t == CellValues.SharedString => shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)],
        var t when t == CellValues.InlineString => cell.InlineString?.InnerText ?? "",
        _ => cell.CellValue?.Text ?? "",
    };

    /// <summary>"C7" → 2: where a cell stands, since a row may skip empty cells.</summary>
    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var c in (reference ?? "A").TakeWhile(char.IsAsciiLetter))
        {
            index = Math.Min((index * 26) + (char.ToUpperInvariant(c) - 'A' + 1), int.MaxValue / 27); // no overflow on a long reference
        }

        return index - 1;
    }
}
