using System.Globalization;
using System.Text;
using CsvHelper;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;

namespace IncentiveCompliance.Infrastructure.Exports;

/// <summary>
/// A table as CSV: UTF-8 with BOM (Excel in Spanish opens it with its accents), comma-separated, dates ISO, enums by
/// their API names, and text that looks like a formula escaped. Written to the stream as the rows come.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    // What is written to the stream at once: the response goes out in pieces of about this size.
    private const int BufferChars = 16 * 1024;

    public static async Task WriteAsync(Table table, Stream destination, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), BufferChars, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in table.Headers)
        {
            csv.WriteField(FormulaGuard.Escape(header));
        }

        await csv.NextRecordAsync();
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row)
            {
                csv.WriteField(value is string text ? FormulaGuard.Escape(text) : Text(value));
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
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
