using System.Text;
using System.Text.RegularExpressions;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// Counts the pages of a PDF Chromium printed: its page objects are written uncompressed as "/Type /Page" (the page
/// tree's nodes are "/Type /Pages"), so counting them needs no PDF library.
/// </summary>
internal static partial class PdfPages
{
    public static int Count(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    // A whole PDF of several megabytes: a generous limit for a pattern that never backtracks far.
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex PageObject();
}
