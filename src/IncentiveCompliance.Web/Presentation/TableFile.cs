using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Infrastructure.Exports;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>A table as a file to download, for the API and the pages alike: XLSX when asked for, CSV otherwise.</summary>
public sealed record TableFile(byte[] Content, string ContentType, string FileName)
{
    public static TableFile Of(Table table, string? format) =>
        string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? new(XlsxExport.Write(table), XlsxExport.ContentType, table.Name + ".xlsx")
            : new(CsvExport.Write(table), CsvExport.ContentType, table.Name + ".csv");

    /// <summary>The table as a download: XLSX when asked for, CSV otherwise.</summary>
    public static IResult Download(Table table, string? format)
    {
        var file = Of(table, format);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
