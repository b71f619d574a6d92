using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Domain.Jobs;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>An import as the import requests answer it.</summary>
public sealed record BudgetImportStatus(
    Guid Id,
    int Year,
    string? Region,
    string FileName,
    JobStatus Status,
    long RowsRead,
    long RowsKept,
    long RowsSkipped,
    BudgetSkips Skipped,
    long BytesRead,
    long TotalBytes,
    string? Error,
    string RequestedBy,
    DateTime RequestedAt,
    DateTime? FinishedAt,
    bool CanRetry)
{
    public static BudgetImportStatus Of(BudgetImport i) => new(
        i.Id, i.Year, i.RegionCode, i.FileName, i.Status, i.RowsRead, i.RowsKept, i.RowsSkipped,
        new BudgetSkips(i.SkippedOtherProgram, i.SkippedOtherGovernmentLevel, i.SkippedUnregisteredUbigeo),
        i.BytesRead, i.TotalBytes, i.Error, i.RequestedBy, i.RequestedAt, i.FinishedAt, i.CanRetry);

    /// <summary>Whole percent of the file read, for the progress bar.</summary>
    public int Percent => TotalBytes == 0 ? 0 : (int)Math.Min(100, BytesRead * 100 / TotalBytes);
}

/// <summary>Why rows were left out: another budget program, another level of government, a ubigeo not registered (or outside the region).</summary>
public sealed record BudgetSkips(long OtherProgram, long OtherGovernmentLevel, long UnregisteredUbigeo);
