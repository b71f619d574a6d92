using System.Globalization;
using System.Net;
using IncentiveCompliance.Core.Common.Documents;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Training;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>The attendance certificate as one A4 landscape page of HTML, printed by Chromium. Every value is HTML-encoded.</summary>
internal sealed class CertificatePrinter(IPdfRenderer renderer) : IAttendanceCertificatePrinter
{
    private static readonly CultureInfo Peru = CultureInfo.GetCultureInfo("es-PE");

    public Task<byte[]> PrintAsync(AttendanceCertificate c, CancellationToken cancellationToken) => renderer.RenderAsync(Html(c), landscape: true, cancellationToken);

    internal static string Html(AttendanceCertificate c)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var kind = c.Kind == MunicipalityKind.Provincial ? "Provincial" : "Distrital";
        var modality = c.Modality == Modality.Virtual ? "virtual" : "presencial";
        var topics = c.Topics.Length > 0 ? $"<p class=\"topics\">Temas: {E(c.Topics)}</p>" : "";
        return $$"""
            <!DOCTYPE html>
            <html lang="es-PE">
            <head>
            <meta charset="utf-8">
            <title>Constancia de asistencia</title>
            <style>
              @page { size: A4 landscape; margin: 18mm; }
              body { font-family: "DejaVu Serif", Georgia, serif; color: #1b1b1b; }
              .frame { border: 3px double #0b4f8a; padding: 14mm 18mm; height: 150mm; box-sizing: border-box; }
              .issuer { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #0b4f8a; text-transform: uppercase; letter-spacing: .05em; }
              h1 { font-size: 28pt; margin: 10mm 0 8mm; }
              p { font-size: 14pt; line-height: 1.5; margin: 0 0 4mm; }
              .name { font-size: 20pt; font-weight: bold; }
              .topics, .meta { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #4a4a4a; }
              .meta { margin-top: 14mm; }
            </style>
            </head>
            <body>
            <div class="frame">
              <div class="issuer">Gobierno Regional {{E(c.Region)}} · Secretaría Técnica del CORESEC</div>
              <h1>Constancia de asistencia</h1>
              <p>Se hace constar que</p>
              <p class="name">{{E(c.FullName)}}</p>
              <p>DNI {{E(c.Dni)}}, {{E(Positions.Spanish(c.Position).ToLower(Peru))}} de la Municipalidad {{kind}} de {{E(c.Municipality)}},
                 asistió a la capacitación «{{E(c.Title)}}», realizada el {{c.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}}
                 en modalidad {{modality}}, con una duración de {{c.Hours.ToString("0.#", Peru)}} horas, organizada por {{E(c.Organiser)}}.</p>
              {{topics}}
              <p class="meta">Emitida el {{c.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}} · Código de verificación {{c.AttendanceId.ToString("N")[..12].ToUpperInvariant()}}</p>
            </div>
            </body>
            </html>
            """;
    }
}
