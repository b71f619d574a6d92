using System.Diagnostics;
using System.Globalization;

namespace IncentiveCompliance.UnitTests.Reports;

/// <summary>
/// What poppler-utils reads in a PDF: the text of each page (pdftotext separates pages with a form feed) and pdfinfo's
/// page count. A local copy of TestSupport's PdfText, whose project would bring the whole web application in.
/// </summary>
internal static class Poppler
{
    public static bool Installed => File.Exists("/usr/bin/pdftotext") && File.Exists("/usr/bin/pdfinfo");

    public static async Task<string[]> PagesTextAsync(byte[] pdf) =>
        (await RunAsync("pdftotext", pdf, "-layout")).Split('\f')[..^1];

    public static async Task<int> PageCountAsync(byte[] pdf)
    {
        var line = (await RunAsync("pdfinfo", pdf)).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ic-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(path);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            using var process = Process.Start(start)!;
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
