namespace IncentiveCompliance.Documents.Training;

/// <summary>The certificate's stylesheet: one A4 landscape page with a double frame, serif type as on printed diplomas.</summary>
public static class CertificateStyles
{
    public const string Css = """
        @page { size: A4 landscape; margin: 18mm; }
        body { font-family: "DejaVu Serif", Georgia, serif; color: #1b1b1b; }
        .frame { border: 3px double #0b4f8a; padding: 14mm 18mm; height: 150mm; box-sizing: border-box; }
        .issuer { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #0b4f8a; text-transform: uppercase; letter-spacing: .05em; }
        h1 { font-size: 28pt; margin: 10mm 0 8mm; }
        p { font-size: 14pt; line-height: 1.5; margin: 0 0 4mm; }
        .name { font-size: 20pt; font-weight: bold; }
        .topics, .meta { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #4a4a4a; }
        .meta { margin-top: 14mm; }
        """;
}
