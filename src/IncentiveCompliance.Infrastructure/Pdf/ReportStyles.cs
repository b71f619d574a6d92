namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// What the regional report and the municipality sheet share: system fonts, tables and status colours. Styles live
/// only in a constant &lt;style&gt; element, never in style attributes (refused by the preview's content policy).
/// Tables have a fixed layout with their widths on &lt;col&gt; elements: the same columns in every annex table, and
/// Chromium lays out hundreds of pages without measuring every cell first.
/// </summary>
internal static class ReportStyles
{
    public const string Base = """
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h1, h2, h3 { font-family: "DejaVu Serif", Georgia, serif; color: #0b4f8a; font-weight: bold; }
        p { margin: 0 0 2mm; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        col.code { width: 13mm; }
        col.state { width: 25mm; }
        col.date { width: 18mm; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th { text-align: left; background: #e8eef5; color: #0b3a63; }
        th, td { padding: 1mm 1.5mm; border-bottom: 0.5pt solid #d5dbe2; vertical-align: top; }
        .num { text-align: right; white-space: nowrap; }
        th.num { white-space: normal; }
        .muted { color: #4a4a4a; }
        .status { font-weight: bold; white-space: nowrap; }
        .status.met { color: #2e7d32; }
        .status.on-track { color: #1565c0; }
        .status.at-risk { color: #b26a00; }
        .status.not-met { color: #c62828; }
        tr.with-reason { break-after: avoid; }
        tr.with-reason td { border-bottom: none; padding-bottom: 0.3mm; }
        tr.reason td { color: #5c3b00; padding-top: 0; }
        """;
}
