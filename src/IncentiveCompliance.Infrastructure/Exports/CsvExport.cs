using System.Globalization;
using System.Text;
using CsvHelper;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;

namespace IncentiveCompliance.Infrastructure.Exports;

/// <summary>
/// A table as CSV: UTF-8 with BOM (Excel in Spanish opens it with its accents), comma-separated, dates ISO, enums by
/// their API names, and text that looks like a formula escaped.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(Table table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(FormulaGuard.Escape(header));
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value is string text ? FormulaGuard.Escape(text) : Text(value));
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => EnumJson.Name(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
