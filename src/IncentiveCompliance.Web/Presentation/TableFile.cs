using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Infrastructure.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>
/// A table as a file to download, for the API (an <see cref="IResult"/>) and the pages (an <see cref="IActionResult"/>)
/// alike: XLSX when asked for, CSV otherwise. The file is written as the table's rows are read, never held whole: CSV
/// straight into the response (sent in chunks, without a length); XLSX, a zip that needs seeking, into a temporary file
/// that is deleted when it has been sent.
/// </summary>
public sealed class TableFile : IResult, IActionResult
{
    private readonly Table table;
    private readonly bool xlsx;

    private TableFile(Table table, string? format)
    {
        this.table = table;
        xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
    }

    public string ContentType => xlsx ? XlsxExport.ContentType : CsvExport.ContentType;

    public string FileName => table.Name + (xlsx ? ".xlsx" : ".csv");

    /// <summary>The table as a download: XLSX when asked for, CSV otherwise.</summary>
    public static TableFile Of(Table table, string? format) => new(table, format);

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = disposition.ToString();
        if (!xlsx)
        {
            await CsvExport.WriteAsync(table, response.Body, cancellationToken);
            return;
        }

        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, bufferSize: 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await XlsxExport.WriteAsync(table, file, cancellationToken);
        file.Position = 0;
        response.ContentLength = file.Length;
        await file.CopyToAsync(response.Body, cancellationToken);
    }
}
