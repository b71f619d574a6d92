using System.Net;
using IncentiveCompliance.Core.Common.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// HTML to PDF with the server's Chromium (Debian's package, <c>Pdf:ChromiumPath</c>, default /usr/bin/chromium)
/// driven by Playwright: one browser per process, started on first use, and one page reused by every document in
/// turn (a new page each time costs about three times as much; docs/decisions/0004).
/// </summary>
internal sealed class ChromiumPdfRenderer(IConfiguration configuration) : IPdfRenderer, IAsyncDisposable
{
    /// <summary>A national report prints in about ten seconds; a print still running after this is a hung browser, not work.</summary>
    private static readonly TimeSpan PrintTimeout = TimeSpan.FromMinutes(3);

    private readonly SemaphoreSlim turn = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IPage? page;

    private string ChromiumPath => configuration["Pdf:ChromiumPath"] is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task<byte[]> RenderAsync(string html, bool landscape, CancellationToken cancellationToken, string? footer = null)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await PrintAsync(html, landscape, footer).WaitAsync(PrintTimeout, cancellationToken);
        }
        catch (PlaywrightException ex)
        {
            await ResetAsync();
            throw new PdfUnavailableException($"Chromium no pudo generar el PDF ({ex.Message.Split('\n')[0]}). Reintente; si se repite, revise la instalación de Chromium.", ex);
        }
        catch (TimeoutException ex)
        {
            await ResetAsync(); // a hung browser is closed, so the next document starts a fresh one
            throw new PdfUnavailableException($"Chromium no terminó el PDF en {PrintTimeout.TotalMinutes:0} minutos. Reintente; si se repite, revise la instalación de Chromium.", ex);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<byte[]> PrintAsync(string html, bool landscape, string? footer)
    {
        var printer = await PageAsync();
        await printer.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        var options = new PagePdfOptions { Format = "A4", Landscape = landscape, PrintBackground = true, PreferCSSPageSize = true };
        if (footer is not null)
        {
            // The footer is drawn in the page's bottom margin, which the document's own @page rule must leave free.
            (options.DisplayHeaderFooter, options.HeaderTemplate, options.FooterTemplate) = (true, "<span></span>", FooterTemplate(footer));
        }

        return await printer.PdfAsync(options);
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        turn.Dispose();
    }

    private async Task<IPage> PageAsync()
    {
        if (page is { IsClosed: false })
        {
            return page;
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new PdfUnavailableException($"No se encontró Chromium en {ChromiumPath}: instálelo con «apt-get install chromium» (o indique Pdf__ChromiumPath) y vuelva a intentar.");
        }

        playwright ??= await Playwright.CreateAsync();
        browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        page = await browser.NewPageAsync();
        return page;
    }

    /// <summary>
    /// Chromium renders the template apart from the document, without its stylesheet, so it carries its own inline style;
    /// it fills the pageNumber and totalPages classes itself.
    /// </summary>
    private static string FooterTemplate(string footer) =>
        "<div style=\"width:100%;font-family:'DejaVu Sans',sans-serif;font-size:8pt;color:#4a4a4a;text-align:center;\">"
        + WebUtility.HtmlEncode(footer) + " · Página <span class=\"pageNumber\"></span> de <span class=\"totalPages\"></span></div>";

    private async Task ResetAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        (page, browser, playwright) = (null, null, null);
    }
}
