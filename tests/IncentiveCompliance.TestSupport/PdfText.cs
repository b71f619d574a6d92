using System.Diagnostics;

namespace IncentiveCompliance.TestSupport;

/// <summary>What poppler's pdftotext and pdfinfo (Debian's poppler-utils, installed by ./build.sh test) read in a PDF.</summary>
public static class PdfText
{
    public static async Task<string> TextAsync(byte[] pdf) => await Run("pdftotext", "-layout {0} -", pdf);

    /// <summary>Whether poppler-utils is installed.</summary>
    public static bool Installed => File.Exists("/usr/bin/pdftotext") && File.Exists("/usr/bin/pdfinfo");

    /// <summary>The text of each page (pdftotext ends every page with a form feed).</summary>
    public static async Task<string[]> PageTextsAsync(byte[] pdf) => (await TextAsync(pdf)).Split('\f')[..^1];

    public static async Task<int> PagesAsync(byte[] pdf)
    {
        var info = await Run("pdfinfo", "{0}", pdf);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> Run(string tool, string arguments, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ic-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, path))
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException($"{tool} did not start: apt-get install poppler-utils");
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
