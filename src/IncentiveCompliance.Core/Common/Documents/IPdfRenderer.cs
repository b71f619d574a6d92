namespace IncentiveCompliance.Core.Common.Documents;

/// <summary>Prints an HTML document to PDF (A4); the HTML holds everything it shows, with no outside resources.</summary>
public interface IPdfRenderer
{
    /// <param name="footer">Text printed at the foot of every page, followed by «Página X de Y»; none when null.</param>
    Task<byte[]> RenderAsync(string html, bool landscape, CancellationToken cancellationToken, string? footer = null);
}

/// <summary>The PDF printer cannot run on this server (Chromium missing or failing); says what to install (503).</summary>
public sealed class PdfUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
