using System.Diagnostics;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Features.Jobs;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>
/// Reads the file once, adds its PP 0030 rows up per municipality, product, activity and month, then replaces the year's
/// figures (of the import's region, or of everyone) in one transaction: a bad row, a crash or a full disk leaves the
/// previous figures as they were. Running it again after a crash starts over; a finished import is left alone.
/// Imports of one year take turns on a lock held by that transaction, so two at once end with the figures of one (the
/// later), never both added up, and a second run of the same import that finds it finished changes nothing.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RunBudgetImport(Guid ImportId) : IImportRequest, ITrackedJob
{
    Guid ITrackedJob.WorkId => ImportId;

    Type ITrackedJob.WorkType => typeof(BudgetImport);
}

internal sealed class RunBudgetImportHandler(
    AppDbContext db, IBudgetFileReader reader, IFileStore files, ITransactionLock locks, AuditTrail audit, TimeProvider clock)
    : TrackedJobHandler<RunBudgetImport, BudgetImport>(db, clock)
{
    protected override string WorkName => "la importación";

    protected override async Task RunAsync(BudgetImport import, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var ubigeos = await Db.Municipalities
            .Where(m => import.RegionCode == null || m.ProvinceCode.StartsWith(import.RegionCode))
            .Select(m => m.Ubigeo).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var lines = new BudgetLineTotals();
        BudgetFileTally tally;
        await using (var content = import.SourceIsUpload ? await files.OpenAsync(import.Source, cancellationToken) : File.OpenRead(import.Source))
        {
            var progress = new SavedProgress(Db, import.Id, lines);
            tally = await Task.Run(
                () => reader.Read(content, new BudgetFileFilter(import.Year, ubigeos), lines.Add, progress, cancellationToken),
                cancellationToken);
        }

        var replaced = await FinishOnceAsync(import, async () =>
        {
            await Db.BudgetLines
                .Where(l => l.Year == import.Year && (import.RegionCode == null || l.Ubigeo.StartsWith(import.RegionCode)))
                .ExecuteDeleteAsync(cancellationToken);
            Db.BudgetLines.AddRange(lines.ToLines(import.Year));
            await FillExecutingUnitsAsync(lines, cancellationToken);
            import.Succeed(tally, Now);
            audit.Record(AuditAction.BudgetImported, "BudgetImport", import.Id.ToString(), null, null,
                new { import.Year, import.FileName, tally.RowsRead, tally.RowsKept, tally.RowsSkipped }, import.RegionCode);
        }, cancellationToken);
        if (replaced)
        {
            AppMetrics.ImportFinished(tally.RowsRead, Stopwatch.GetElapsedTime(started));
        }

        if (replaced && import.SourceIsUpload)
        {
            // The file is the MEF's to keep, not ours; a failed import's stays a while, for a retry (DiscardFailedUploads).
            await files.DeleteAsync(import.Source);
            import.DiscardUpload(Now);
            await Db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A file that cannot be read or is not the MEF's fails the import; reading it again would fail the same way.</summary>
    protected override string? LastingFailure(Exception e) => e switch
    {
        BudgetFileException => e.Message,
        InvalidDataException => $"El archivo no es un CSV ni un ZIP legible: {e.Message}",
        IOException or UnauthorizedAccessException => $"No se pudo leer el archivo: {e.Message}",
        _ => null,
    };

    protected override Task RecordFailureAsync(BudgetImport import, string message, CancellationToken cancellationToken) =>
        FinishOnceAsync(import, () =>
        {
            import.Fail(message, Now);
            return Task.CompletedTask;
        }, cancellationToken);
    /// <summary>
    /// Records the outcome in one transaction, holding the year's lock; false, changing nothing, when another run of the
    /// same import finished first (a job run twice, at once). Reloading the import also undoes, on a retry, what the
    /// failed attempt had changed on it.
    /// </summary>
    private Task<bool> FinishOnceAsync(BudgetImport import, Func<Task> outcome, CancellationToken cancellationToken) =>
        Db.InTransactionAsync(async () =>
        {
            await locks.TakeAsync($"budget-import-{import.Year}", cancellationToken);
            await Db.Entry(import).ReloadAsync(cancellationToken);
            if (import.IsFinished)
            {
                return false;
            }

            await outcome();
            return true;
        }, cancellationToken);

    /// <summary>The SIAF executing-unit code, for municipalities whose registry entry lacks it.</summary>
    private async Task FillExecutingUnitsAsync(BudgetLineTotals lines, CancellationToken cancellationToken)
    {
        var units = lines.ExecutingUnits();
        var missing = await Db.Municipalities.Where(m => m.ExecutingUnitCode == null && units.Keys.Contains(m.Ubigeo)).ToListAsync(cancellationToken);
        foreach (var municipality in missing)
        {
            municipality.UpdateProgramData(municipality.PiType, units[municipality.Ubigeo]);
        }
    }

    /// <summary>Writes how far the read has got, at most once a second, so every node can show the progress bar.</summary>
    private sealed class SavedProgress(AppDbContext db, Guid importId, BudgetLineTotals lines) : IProgress<long>
    {
        private readonly Stopwatch sinceLastWrite = Stopwatch.StartNew();

        public void Report(long value)
        {
            if (sinceLastWrite.Elapsed < TimeSpan.FromSeconds(1))
            {
                return;
            }

            db.BudgetImports.Where(i => i.Id == importId)
                .ExecuteUpdate(s => s.SetProperty(i => i.BytesRead, value).SetProperty(i => i.RowsKept, lines.RowsAdded));
            sinceLastWrite.Restart();
        }
    }
}
