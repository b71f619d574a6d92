using System.Text;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;
using static IncentiveCompliance.Infrastructure.Pdf.ReportFormat;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>A municipality's compliance sheet: one A4 portrait page with compact type, so 6 to 12 items fit on it.</summary>
internal static class MunicipalitySheetHtml
{
    /// <summary>
    /// Longer reasons are cut here to keep the sheet on one page; the full text stays in the application and in the
    /// regional report's annex.
    /// </summary>
    internal const int ReasonLength = 160;

    private const string Css = ReportStyles.Base + """
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

    public static string Build(MunicipalityCompliance compliance, MunicipalitySheetExtras extras, DateTime generatedAt)
    {
        var html = new StringBuilder(8192);
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="es-PE">
            <head>
            <meta charset="utf-8">
            <title>Ficha de cumplimiento {{compliance.Year}} · {{E(compliance.Name)}}</title>
            <style>{{Css}}</style>
            </head>
            <body>
            <header>
              <p class="issuer">Gobierno Regional {{E(extras.Region)}} · Secretaría Técnica del CORESEC</p>
              <h1>Municipalidad {{Kind(compliance.Ubigeo)}} de {{E(compliance.Name)}}</h1>
              <p class="muted">Provincia de {{E(extras.Province)}} · Región {{E(extras.Region)}} · Ubigeo {{E(compliance.Ubigeo)}} · Ficha de cumplimiento del año {{compliance.Year}}</p>
            </header>
            <div class="facts">
              <div class="fact"><span class="value status {{ReportLabels.StatusClass(compliance.Status)}}">{{E(ReportLabels.Status(compliance.Status))}}</span><span class="label">Estado</span></div>
              <div class="fact"><span class="value">{{Number(compliance.Score)}} de {{Number(compliance.MaxScore)}}</span><span class="label">Puntaje (mínimo {{Number(compliance.MinimumPoints)}})</span></div>
              <div class="fact"><span class="value">{{Number(extras.PeopleTrained)}}</span><span class="label">Personas capacitadas</span></div>
              <div class="fact"><span class="value">{{Percent(extras.Budget.Pim == 0 ? null : extras.Budget.Avance)}}</span><span class="label">Avance PP 0030</span></div>
            </div>
            <p>{{Budget(extras)}}</p>
            <h2>Requisitos</h2>

            """);
        Items(html, compliance.Items);
        return html.Append($"""
            <footer>Generado el {LimaDateTime(generatedAt)} (hora de Lima).</footer>
            </body>
            </html>

            """).ToString();
    }

    private static string Kind(string ubigeo) => Ubigeo.KindOf(ubigeo) == MunicipalityKind.Provincial ? "Provincial" : "Distrital";

    private static string Budget(MunicipalitySheetExtras extras) => extras.Budget.Pim == 0
        ? "Programa presupuestal 0030: sin cifras para el año."
        : $"Programa presupuestal 0030: PIM {Soles(extras.Budget.Pim)} · devengado {Soles(extras.Budget.Devengado)} · avance {Percent(extras.Budget.Avance)}.";

    private static void Items(StringBuilder html, IReadOnlyList<ComplianceItem> items)
    {
        if (items.Count == 0)
        {
            html.Append("<p class=\"muted\">Sin requisitos que evaluar este año.</p>\n");
            return;
        }

        html.Append("<table class=\"items\">\n<colgroup><col class=\"code\"><col><col class=\"state\"><col class=\"date\"><col class=\"points\"></colgroup>\n");
        html.Append("<thead><tr><th>Código</th><th>Requisito</th><th>Estado</th><th>Vence</th><th class=\"num\">Puntos</th></tr></thead>\n<tbody>\n");
        foreach (var item in items)
        {
            var hasReason = ReportLabels.HasReason(item.State);
            html.Append($"<tr{(hasReason ? ReasonRow.ItemClass : "")}><td>{E(item.RequirementCode)}</td><td>{E(item.Title)}</td><td>{E(ReportLabels.State(item.State))}</td>");
            html.Append($"<td>{Date(item.DueDate)}</td><td class=\"num\">{Number(item.PointsEarned)}/{Number(item.Points)}</td></tr>\n");
            if (hasReason)
            {
                html.Append(ReasonRow.Html(item.State, Shortened(item.ReviewReason), item.CorrectionDueDate, span: 4));
            }
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string? Shortened(string? reason) =>
        reason is { Length: > ReasonLength } ? reason[..(ReasonLength - 1)].TrimEnd() + "…" : reason;
}
