using System.Text;
using IncentiveCompliance.Core.Features.Reports;
using static IncentiveCompliance.Infrastructure.Pdf.ReportFormat;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// The regional compliance report as one A4 portrait HTML document: cover, executive summary with its charts, the table of
/// every municipality and an annex per province with each municipality's items. The browser preview shows the same
/// document, so nothing in it loads from outside and nothing carries a style attribute.
/// </summary>
internal static class RegionalReportHtml
{
    /// <summary>A constant, so the one &lt;style&gt; element is the same in every report (a content policy can allow it by its hash).</summary>
    internal const string Css = ReportStyles.Base + """
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
        .figure.met { border-left: 2mm solid #2e7d32; }
        .figure.on-track { border-left: 2mm solid #1565c0; }
        .figure.at-risk { border-left: 2mm solid #b26a00; }
        .figure.not-met { border-left: 2mm solid #c62828; }
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
        .list col.avance { width: 15mm; }
        .list col.trained { width: 18mm; }
        .municipality { break-inside: avoid; margin-bottom: 5mm; }
        .municipality h3 { margin: 0 0 1mm; }
        .items { font-size: 8pt; }
        """;

    public static string Build(RegionalReport report, ReportStamp stamp)
    {
        var html = new StringBuilder(4096 + (report.Municipalities.Count * 2048));
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="es-PE">
            <head>
            <meta charset="utf-8">
            <title>Reporte de cumplimiento {{report.Year}} · {{E(report.RegionName)}}</title>
            <style>{{Css}}</style>
            </head>
            <body>

            """);
        Cover(html, report, stamp);
        Summary(html, report);
        Municipalities(html, report);
        foreach (var province in report.Provinces)
        {
            Annex(html, province);
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Cover(StringBuilder html, RegionalReport report, ReportStamp stamp) => html.Append($"""
        <section class="cover">
          <p class="issuer">Gobierno Regional {E(report.RegionName)}</p>
          <p class="office">Secretaría Técnica del CORESEC</p>
          <h1>Reporte de cumplimiento del compromiso de seguridad ciudadana</h1>
          <p class="year">Año {report.Year}</p>
          <dl class="meta">
            <dt>Fecha de corte</dt><dd>{Date(report.CutOff)}</dd>
            <dt>Generado el</dt><dd>{LimaDateTime(stamp.GeneratedAt)} (hora de Lima)</dd>
            <dt>Identificador</dt><dd>{E(stamp.Label)}</dd>
          </dl>
        </section>

        """);

    private static void Summary(StringBuilder html, RegionalReport report)
    {
        var s = report.Summary;
        html.Append($"""
            <section class="page">
            <h2>Resumen ejecutivo</h2>
            <p>Situación de las {Number(s.Municipalities)} municipalidades de la región al {Date(report.CutOff)}: cumplen {Number(s.Met)},
              en camino {Number(s.OnTrack)}, en riesgo {Number(s.AtRisk)} y no cumplen {Number(s.NotMet)}. Quedan {Number(s.PendingObservations)}
              observaciones por subsanar, {Number(s.OverdueItems)} ítems vencidos y {Number(s.PendingReview)} avances por revisar.</p>
            <h3>Estado de cumplimiento</h3>
            <div class="figures">
            {Figure(s.Met, "Cumplen", "met")}{Figure(s.OnTrack, "En camino", "on-track")}{Figure(s.AtRisk, "En riesgo", "at-risk")}{Figure(s.NotMet, "No cumplen", "not-met")}
            {Figure(s.PendingObservations, "Observaciones pendientes")}{Figure(s.OverdueItems, "Ítems vencidos")}{Figure(s.PendingReview, "Avances por revisar")}{Figure(Decimal(s.AverageScore), "Puntaje promedio")}
            </div>
            <figure>
            <figcaption>Municipalidades por estado de cumplimiento</figcaption>
            {ReportCharts.StatusBars(s)}
            </figure>
            <h3>Programa presupuestal 0030 y capacitación</h3>
            <div class="figures">
            {Budget(report)}{Figure(report.PeopleTrained, "Personas capacitadas")}
            </div>
            <figure>
            <figcaption>Avance de la ejecución del PP 0030 por provincia</figcaption>
            {ReportCharts.AvanceByProvince(report.Provinces)}
            </figure>
            </section>

            """);
    }

    /// <summary>Without a PIM there is nothing to measure the execution against, so the region's budget reads "sin cifras".</summary>
    private static string Budget(RegionalReport report) => report.Budget.Pim == 0
        ? Figure("sin cifras", "PP 0030 de la región")
        : Figure(Soles(report.Budget.Pim), "PIM PP 0030") + Figure(Soles(report.Budget.Devengado), "Devengado") + Figure(Percent(report.Budget.Avance), "Avance de ejecución");

    private static string Figure(int value, string label, string? kind = null) => Figure(Number(value), label, kind);

    private static string Figure(string value, string label, string? kind = null) =>
        $"<div class=\"figure{(kind is null ? "" : " " + kind)}\"><span class=\"value\">{E(value)}</span><span class=\"label\">{label}</span></div>";

    private static void Municipalities(StringBuilder html, RegionalReport report)
    {
        html.Append("""
            <section class="page">
            <h2>Municipalidades de la región</h2>
            <table class="list">
            <colgroup><col class="ubigeo"><col><col class="province"><col class="score"><col class="status"><col class="count"><col class="count"><col class="count"><col class="avance"><col class="trained"></colgroup>
            <thead><tr><th>Ubigeo</th><th>Municipalidad</th><th>Provincia</th><th class="num">Puntaje</th><th>Estado</th><th class="num">Aprobados</th><th class="num">Observados</th><th class="num">Faltantes</th><th class="num">Avance PP 0030</th><th class="num">Capacitados</th></tr></thead>
            <tbody>

            """);
        foreach (var m in report.Municipalities)
        {
            var c = m.Compliance;
            html.Append($"<tr><td>{E(c.Ubigeo)}</td><td>{E(c.Name)}</td><td>{E(c.Province)}</td><td class=\"num\">{Number(c.Score)}/{Number(c.MaxScore)}</td>");
            html.Append($"<td>{Status(c.Status)}</td><td class=\"num\">{Number(c.Approved)}</td><td class=\"num\">{Number(c.Observed)}</td><td class=\"num\">{Number(c.Missing)}</td>");
            html.Append($"<td class=\"num\">{Percent(m.Avance)}</td><td class=\"num\">{Number(m.PeopleTrained)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Annex(StringBuilder html, ReportProvince province)
    {
        html.Append($"""
            <section class="province">
            <h2>Anexo: provincia de {E(province.Name)}</h2>
            <p class="muted">{Number(province.Municipalities.Count)} municipalidades · {Number(province.Met)} cumplen · avance del PP 0030: {(province.Avance is null ? "sin cifras" : Percent(province.Avance))}</p>

            """);
        foreach (var m in province.Municipalities)
        {
            var c = m.Compliance;
            html.Append($"""
                <div class="municipality">
                <h3>{E(c.Name)}</h3>
                <p>Ubigeo {E(c.Ubigeo)} · {Status(c.Status)} · puntaje {Number(c.Score)} de {Number(c.MaxScore)} · avance PP 0030 {Percent(m.Avance)} · {Number(m.PeopleTrained)} personas capacitadas</p>

                """);
            Items(html, m.Items);
            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void Items(StringBuilder html, IReadOnlyList<ReportItem> items)
    {
        if (items.Count == 0)
        {
            html.Append("<p class=\"muted\">Sin requisitos que evaluar este año.</p>\n");
            return;
        }

        html.Append("<table class=\"items\">\n<colgroup><col class=\"code\"><col><col class=\"state\"><col class=\"date\"></colgroup>\n<thead><tr><th>Código</th><th>Requisito</th><th>Estado</th><th>Vence</th></tr></thead>\n<tbody>\n");
        foreach (var item in items)
        {
            var hasReason = ReportLabels.HasReason(item.State);
            html.Append($"<tr{(hasReason ? ReasonRow.ItemClass : "")}><td>{E(item.Code)}</td><td>{E(item.Title)}</td><td>{E(ReportLabels.State(item.State))}</td><td>{Date(item.DueDate)}</td></tr>\n");
            if (hasReason)
            {
                html.Append(ReasonRow.Html(item.State, item.Reason, item.CorrectionDueDate, span: 3));
            }
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Status(string status) => $"<span class=\"status {ReportLabels.StatusClass(status)}\">{E(ReportLabels.Status(status))}</span>";
}
