using System.Text;
using System.Text.Unicode;

namespace IncentiveCompliance.Core.Common.Files;

/// <summary>
/// Text from files that Peruvian offices publish or send (INEI's ubigeo directory, MEF's budget CSV, sheets of
/// attendees): UTF-8 when the bytes are valid UTF-8, the legacy Windows code page otherwise. A Latin-1 accented
/// letter followed by a plain one is never valid UTF-8, so no guess over the whole file is needed.
/// </summary>
public static class LegacyText
{
    /// <summary>
    /// Windows-1252, not ISO-8859-1: these files come from Excel and SIAF on Spanish Windows, whose "ANSI" code page is
    /// 1252. Both agree on every letter (ñ, tildes, ü); 1252 also maps 0x80–0x9F to the curly quotes, dashes and «…»
    /// that Word and Excel type, where ISO-8859-1 has invisible control characters. A true ISO-8859-1 file never uses
    /// those bytes for text, so it reads the same either way.
    /// </summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The text of <paramref name="bytes"/>, without a UTF-8 byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return Windows1252.GetString(bytes);
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }
}
