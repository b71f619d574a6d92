using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace IncentiveCompliance.Core.Common.Files;

/// <summary>An accepted evidence file type, recognised by its content, never by its name.</summary>
public sealed partial record EvidenceType(string Extension, string ContentType, bool ShownInline)
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
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
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

    /// <summary>
    /// Delimited text: UTF-8 or Latin-1, no control bytes but tabs and line breaks, no markup (an .html or .hta page full
    /// of commas is not a table), and two fields or more on every line of its first 64 KB. Lines may differ in length:
    /// a sign-up sheet with a short row is still a table, whose row the import reports.
    /// </summary>
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
        if (Markup().IsMatch(text))
        {
            return false;
        }

        var lines = FieldsPerLine(text, complete: read < buffer.Length);
        return lines.Count > 0 && lines.All(fields => fields >= 2);
    }

    /// <summary>Fields on each non-blank line, for the separator that splits the first line most; quoted separators and line breaks count as text.</summary>
    private static List<int> FieldsPerLine(string text, bool complete)
    {
        var firstLine = text.Split('\n', 2)[0];
        var separator = new[] { ';', '\t', ',' }.MaxBy(d => firstLine.Count(c => c == d));
        var counts = new List<int>();
        var (fields, quoted, blank) = (1, false, true);
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == separator)
            {
                fields++;
            }
            else if (!quoted && c == '\n')
            {
                if (!blank)
                {
                    counts.Add(fields);
                }

                (fields, blank) = (1, true);
                continue;
            }

            blank &= c is ' ' or '\r';
        }

        if (complete && !blank)
        {
            counts.Add(fields); // a last line with no line break; when the 64 KB cut a line, it is not judged
        }

        return counts;
    }

    [GeneratedRegex("<[A-Za-z!?/]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Markup();

    /// <summary>
    /// The name a download carries: the uploader's name, reduced to letters, digits and a few marks (no path, no control
    /// characters, no second extension), ending in this type's extension whatever the upload was called.
    /// </summary>
    public string DownloadName(string uploadedName)
    {
        var name = uploadedName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = new string((dot > 0 ? name[..dot] : name).Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '(' or ')' ? c : '_').ToArray()).Trim(' ', '_');
        return $"{(stem.Length == 0 ? "evidencia" : stem[..Math.Min(stem.Length, 100)])}.{Extension}";
    }
}
