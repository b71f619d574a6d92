using System.IO.Compression;
using System.Text;

namespace IncentiveCompliance.Core.Common.Files;

/// <summary>An accepted evidence file type, recognised by its content, never by its name.</summary>
public sealed record EvidenceType(string Extension, string ContentType, bool ShownInline)
{
    public static readonly EvidenceType Pdf = new("pdf", "application/pdf", true);
    public static readonly EvidenceType Jpeg = new("jpg", "image/jpeg", true);
    public static readonly EvidenceType Png = new("png", "image/png", true);
    public static readonly EvidenceType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);
    public static readonly EvidenceType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false);
    public static readonly EvidenceType Csv = new("csv", "text/csv", false);

    public static readonly IReadOnlyList<EvidenceType> All = [Pdf, Jpeg, Png, Xlsx, Docx, Csv];

    /// <summary>The type the bytes show, or null when they are none of the accepted ones (an executable, an archive…).</summary>
    public static EvidenceType? Detect(Stream content)
    {
        var head = new byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        ReadOnlySpan<byte> start = head.AsSpan(0, read);
        return start switch
        {
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => Pdf, // %PDF-
            [0xFF, 0xD8, 0xFF, ..] => Jpeg,
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] => Png,
            [0x50, 0x4B, 0x03, 0x04, ..] => OfficeDocument(content),
            _ when read > 0 => IsCsvText(content) ? Csv : null,
            _ => null,
        };
    }

    private static EvidenceType? OfficeDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet();
            return !names.Contains("[Content_Types].xml") ? null
                : names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                : names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Text (UTF-8 or Latin-1, no control bytes but tabs and line breaks) with a separator and a line break in its first 64 KB.</summary>
    private static bool IsCsvText(Stream content)
    {
        var buffer = new byte[64 * 1024];
        var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var bytes = buffer.AsSpan(0, read);
        if (bytes.IndexOfAnyInRange((byte)0x00, (byte)0x08) >= 0 || bytes.IndexOfAnyInRange((byte)0x0E, (byte)0x1F) >= 0 || bytes.Contains((byte)0x0B) || bytes.Contains((byte)0x0C))
        {
            return false;
        }

        var text = Encoding.Latin1.GetString(bytes);
        return text.Contains('\n') && (text.Contains(',') || text.Contains(';') || text.Contains('\t'));
    }
}
