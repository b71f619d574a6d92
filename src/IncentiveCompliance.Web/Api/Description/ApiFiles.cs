using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Infrastructure.Exports;

namespace IncentiveCompliance.Web.Api.Description;

/// <summary>Operations that answer a file: its media types, for the description (the schema is binary, <see cref="ApiOperations"/>).</summary>
public static class ApiFiles
{
    public const string Pdf = "application/pdf";

    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata(StatusCodes.Status200OK, null, contentTypes));

    /// <summary>A table to download: CSV unless <c>format=xlsx</c>.</summary>
    public static RouteHandlerBuilder ProducesTable(this RouteHandlerBuilder builder) =>
        builder.ProducesFile(CsvExport.ContentType, XlsxExport.ContentType);

    /// <summary>An evidence file, in any of the accepted types.</summary>
    public static RouteHandlerBuilder ProducesEvidence(this RouteHandlerBuilder builder) =>
        builder.ProducesFile([.. EvidenceType.All.Select(t => t.ContentType)]);
}
