namespace IncentiveCompliance.Core.Domain.Reports;

/// <summary>When a region's compliance report is generated on its own, as a Quartz cron expression in Lima time.</summary>
public sealed class ReportSchedule
{
    /// <summary>Monthly, on the 1st at 07:00.</summary>
    public const string DefaultCron = "0 0 7 1 * ?";

    public required string RegionCode { get; init; }

    public string Cron { get; set; } = DefaultCron;

    public bool Enabled { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    /// <summary>The scheduler's name for this region's job.</summary>
    public static string JobName(string regionCode) => $"report-{regionCode}";
}
