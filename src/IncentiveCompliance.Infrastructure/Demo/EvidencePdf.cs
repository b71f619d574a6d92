using System.Globalization;
using System.Text;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// A one-page PDF holding a few lines of text in Helvetica: the showcase's evidence, hundreds of files written in
/// milliseconds. Text outside Latin-1 becomes «?» (the font's WinAnsi encoding).
/// </summary>
internal static class EvidencePdf
{
    private static readonly Encoding Latin1 = Encoding.GetEncoding("ISO-8859-1", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);

    public static byte[] Write(IEnumerable<string> lines)
    {
        var text = new StringBuilder("BT /F1 12 Tf 56 780 Td 18 TL\n");
        foreach (var line in lines)
        {
            text.Append('(').Append(Escaped(line)).Append(") Tj T*\n");
        }

        text.Append("ET\n");
        var content = Latin1.GetBytes(text.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        Append(pdf, "%PDF-1.4\n");
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Append(pdf, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        offsets.Add(pdf.Position);
        Append(pdf, FormattableString.Invariant($"5 0 obj\n<< /Length {content.Length} >>\nstream\n"));
        pdf.Write(content);
        Append(pdf, "endstream\nendobj\n");
        var xref = pdf.Position;
        var table = new StringBuilder(FormattableString.Invariant($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        Append(pdf, table.ToString());
        Append(pdf, FormattableString.Invariant($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    private static string Escaped(string line) => line.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static void Append(MemoryStream pdf, string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
}
