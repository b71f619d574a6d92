namespace IncentiveCompliance.Documents.Reports;

/// <summary>
/// What the regional report and the municipality sheet share: system fonts, tables and the tones' colours
/// (<see cref="ReportLabels.ToneClass"/>). Styles live only in a constant &lt;style&gt; element, never in style
/// attributes (refused by the preview's content policy).
/// Tables have a fixed layout with their widths on &lt;col&gt; elements: the same columns in every annex table, and
/// Chromium lays out hundreds of pages without measuring every cell first. Each document's stylesheet is a constant, so
/// its one &lt;style&gt; element is the same in every report (a content policy can allow it by its hash).
/// </summary>
public static class ReportStyles
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
        .status.neutral { color: #4a4a4a; }
        .status.pending { color: #1565c0; }
        .status.good { color: #2e7d32; }
        .status.warning { color: #b26a00; }
        .status.bad { color: #c62828; }
        tr.with-reason { break-after: avoid; }
        tr.with-reason td { border-bottom: none; padding-bottom: 0.3mm; }
        tr.reason td { color: #5c3b00; padding-top: 0; }
        """;

    /// <summary>The regional report: A4 portrait, cover, summary with charts, the list and one annex per province.</summary>
    public const string Regional = Base + """
        @page { size: A4; margin: 16mm 14mm 18mm; }
        body { font-size: 9pt; }
        h2 { font-size: 15pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #0b4f8a; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
        .cover { height: 245mm; display: flex; flex-direction: column; justify-content: center; padding-left: 10mm; border-left: 5mm solid #0b4f8a; }
        .issuer { font-size: 14pt; text-transform: uppercase; letter-spacing: .05em; color: #0b4f8a; font-weight: bold; margin: 0; }
        .office { font-size: 11pt; color: #4a4a4a; margin: 1mm 0 16mm; }
        .cover h1 { font-size: 26pt; line-height: 1.25; margin: 0 0 6mm; }
        .year { font-size: 20pt; margin: 0 0 24mm; }
        .meta { display: grid; grid-template-columns: 42mm auto; row-gap: 2.5mm; font-size: 11pt; margin: 0; }
        .meta dt { color: #4a4a4a; }
        .meta dd { margin: 0; font-weight: bold; }
        .page, .province { break-before: page; }
        .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin-bottom: 3mm; }
        .figure { border: 0.75pt solid #c9d3de; border-radius: 1.5mm; padding: 2.5mm 3mm; }
        .figure .value { display: block; font-size: 15pt; font-weight: bold; }
        .figure .label { display: block; color: #4a4a4a; }
        .figure.neutral { border-left: 2mm solid #4a4a4a; }
        .figure.pending { border-left: 2mm solid #1565c0; }
        .figure.good { border-left: 2mm solid #2e7d32; }
        .figure.warning { border-left: 2mm solid #b26a00; }
        .figure.bad { border-left: 2mm solid #c62828; }
        .bar.neutral { fill: #4a4a4a; }
        .bar.pending { fill: #1565c0; }
        .bar.good { fill: #2e7d32; }
        .bar.warning { fill: #b26a00; }
        .bar.bad { fill: #c62828; }
        figure { margin: 0 0 6mm; break-inside: avoid; }
        figcaption { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; font-weight: bold; color: #0b4f8a; margin-bottom: 2mm; }
        .chart { display: block; width: 100%; height: auto; }
        .chart + .chart { margin-top: 4mm; }
        .status-chart { width: 70%; }
        .list { font-size: 7.5pt; }
        .list th { font-weight: normal; }
        .list col.ubigeo { width: 13mm; }
        .list col.province { width: 22mm; }
        .list col.score { width: 13mm; }
        .list col.status { width: 17mm; }
        .list col.count { width: 16mm; }
        .list col.execution { width: 15mm; }
        .list col.trained { width: 18mm; }
        .municipality { break-inside: avoid; margin-bottom: 5mm; }
        .municipality h3 { margin: 0 0 1mm; }
        .items { font-size: 8pt; }
        """;

    /// <summary>The municipality sheet: one A4 portrait page with compact type, so 6 to 12 items fit on it.</summary>
    public const string Sheet = Base + """
        @page { size: A4; margin: 14mm; }
        body { font-size: 8.5pt; }
        header { border-bottom: 1.5pt solid #0b4f8a; padding-bottom: 2mm; margin-bottom: 4mm; }
        .issuer { font-size: 8pt; text-transform: uppercase; letter-spacing: .05em; color: #0b4f8a; margin: 0; }
        h1 { font-size: 16pt; margin: 1mm 0; }
        .facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2.5mm; margin-bottom: 4mm; }
        .fact { border: 0.75pt solid #c9d3de; border-radius: 1.5mm; padding: 2mm 2.5mm; }
        .fact .value { display: block; font-size: 12pt; font-weight: bold; }
        .fact .label { display: block; color: #4a4a4a; }
        h2 { font-size: 11pt; margin: 0 0 2mm; }
        .items { font-size: 8pt; margin-bottom: 4mm; }
        col.points { width: 13mm; }
        footer { color: #4a4a4a; font-size: 7.5pt; }
        """;
}
