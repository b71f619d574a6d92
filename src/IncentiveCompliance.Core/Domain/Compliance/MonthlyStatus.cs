namespace IncentiveCompliance.Core.Domain.Compliance;

/// <summary>
/// A municipality's compliance as it stood at the end of a month of a program year: the history behind «changed since the
/// previous month» and the month-by-month charts. Written once per municipality and month by the month-end job.
/// </summary>
public sealed class MonthlyStatus
{
    public required string Ubigeo { get; init; }

    public required int Year { get; init; }

    /// <summary>1–12: the month whose last day the record describes.</summary>
    public required int Month { get; init; }

    public required ComplianceStatus Status { get; set; }

    public required int Score { get; set; }

    public DateTime RecordedAt { get; set; }
}
