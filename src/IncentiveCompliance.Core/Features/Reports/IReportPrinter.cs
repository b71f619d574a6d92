namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>Turns report models into HTML (the preview) and PDF (A4, Spanish, printed by Chromium).</summary>
public interface IReportPrinter
{
    Task<string> RegionalHtmlAsync(RegionalReport report, ReportStamp stamp);

    /// <summary>The PDF and its page count; every page carries "Página X de Y" and the report's identifier.</summary>
    Task<PrintedReport> PrintRegionalAsync(RegionalReport report, ReportStamp stamp, CancellationToken cancellationToken);

    Task<PrintedReport> PrintSheetAsync(Compliance.MunicipalityCompliance compliance, MunicipalitySheetExtras extras, DateTime generatedAt, CancellationToken cancellationToken);
}

/// <summary>What identifies one generated report: its identifier (none for a preview) and when it was generated.</summary>
public sealed record ReportStamp(Guid? Id, DateTime GeneratedAt)
{
    public string Label => Id is { } id ? id.ToString("N")[..12].ToUpperInvariant() : "VISTA PREVIA";
}

public sealed record PrintedReport(byte[] Content, int Pages);
