using System.IO.Compression;
using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// The CSV inside an uploaded MEF file: the upload itself, or the first ".csv" entry when the upload is a zip (it starts
/// with "PK\3\4"). Progress counts bytes of the upload, so compressed bytes for a zip. A zip's directory is at its end,
/// so a zip that cannot seek (a request body) is first copied to a temporary file rather than held in memory.
/// </summary>
internal sealed class MefSource : IDisposable
{
    private const int CopyBufferSize = 1024 * 1024;

    private readonly Func<long> _consumed;
    private readonly Func<long> _consumedAtEnd;
    private readonly IDisposable[] _owned;

    private MefSource(Stream csv, byte[] alreadyRead, Func<long> consumed, Func<long> consumedAtEnd, params IDisposable[] owned)
    {
        Csv = csv;
        AlreadyRead = alreadyRead;
        _consumed = consumed;
        _consumedAtEnd = consumedAtEnd;
        _owned = owned;
    }

    /// <summary>The CSV's bytes after <see cref="AlreadyRead"/>.</summary>
    public Stream Csv { get; }

    /// <summary>The CSV's first bytes, read while looking for the zip signature.</summary>
    public byte[] AlreadyRead { get; }

    /// <summary>Bytes of the upload consumed so far.</summary>
    public long Consumed => _consumed();

    /// <summary>Bytes of the upload consumed once the CSV has been read to its end (for a zip, the whole archive).</summary>
    public long ConsumedAtEnd => _consumedAtEnd();

    public static MefSource Open(Stream upload, ProgressTicker ticker, CancellationToken ct)
    {
        var start = upload.CanSeek ? upload.Position : 0;
        var counted = new CountingReadStream(upload);
        var head = new byte[4];
        var headLength = counted.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (!head.AsSpan(0, headLength).SequenceEqual("PK\x03\x04"u8))
        {
            return new MefSource(counted, head[..headLength], () => counted.BytesRead, () => counted.BytesRead);
        }

        if (upload.CanSeek)
        {
            upload.Position = start;
            var (archive, entry) = OpenFirstCsv(upload);
            return new MefSource(entry, [], () => upload.Position - start, () => upload.Length - start, entry, archive);
        }

        var spool = new FileStream(Path.Combine(Path.GetTempPath(), $"mef-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, CopyBufferSize, FileOptions.DeleteOnClose);
        try
        {
            spool.Write(head);
            var buffer = new byte[CopyBufferSize];
            int read;
            while ((read = counted.Read(buffer)) > 0)
            {
                ct.ThrowIfCancellationRequested();
                spool.Write(buffer, 0, read);
                ticker.Tick(counted.BytesRead);
            }

            spool.Position = 0;
            var (archive, entry) = OpenFirstCsv(spool);
            return new MefSource(entry, [], () => counted.BytesRead, () => counted.BytesRead, entry, archive, spool);
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private static (ZipArchive Archive, Stream Entry) OpenFirstCsv(Stream zip)
    {
        try
        {
            var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            try
            {
                var entry = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    ?? throw new BudgetFileException(1, null, "el ZIP no contiene ningún archivo .csv");
                return (archive, entry.Open());
            }
            catch
            {
                archive.Dispose();
                throw;
            }
        }
        catch (InvalidDataException)
        {
            throw Damaged(1);
        }
    }

    /// <summary>The error for a zip whose contents cannot be decompressed, found at the given row.</summary>
    public static BudgetFileException Damaged(long row) => new(row, null, "el ZIP está dañado o incompleto; descárguelo de nuevo");
}
