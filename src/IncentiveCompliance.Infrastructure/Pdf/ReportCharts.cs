using System.Text;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;
using static IncentiveCompliance.Infrastructure.Pdf.ReportFormat;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// The report's charts as inline SVG drawn with attributes only: the HTML preview runs under a content policy that
/// refuses style attributes, and the PDF must not load anything from outside.
/// </summary>
internal static class ReportCharts
{
    private const string Text = "font-family=\"DejaVu Sans, sans-serif\" fill=\"#1b1b1b\"";
    private const string Muted = "font-family=\"DejaVu Sans, sans-serif\" fill=\"#4a4a4a\"";

    internal const int ProvincesPerChart = 30;

    /// <summary>The same colours as the stylesheet's status classes.</summary>
    private static readonly (string Status, string Colour)[] StatusColours =
        [("met", "#2e7d32"), ("on_track", "#1565c0"), ("at_risk", "#b26a00"), ("not_met", "#c62828")];

    public static string StatusBars(RegionTotals totals)
    {
        int[] counts = [totals.Met, totals.OnTrack, totals.AtRisk, totals.NotMet];
        const double baseLine = 170, plotHeight = 140, barWidth = 80, step = 120, left = 40;
        var highest = Math.Max(1, counts.Max());
        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart status-chart\" viewBox=\"0 0 520 200\" role=\"img\" aria-label=\"Municipalidades por estado de cumplimiento\">");
        svg.Append($"<line x1=\"20\" y1=\"{Svg(baseLine)}\" x2=\"500\" y2=\"{Svg(baseLine)}\" stroke=\"#8a96a3\" stroke-width=\"1\"/>");
        for (var i = 0; i < counts.Length; i++)
        {
            var (status, colour) = StatusColours[i];
            var height = plotHeight * counts[i] / highest;
            var x = left + (i * step);
            var middle = Svg(x + (barWidth / 2));
            svg.Append($"<rect x=\"{Svg(x)}\" y=\"{Svg(baseLine - height)}\" width=\"{Svg(barWidth)}\" height=\"{Svg(height)}\" fill=\"{colour}\"/>");
            svg.Append($"<text x=\"{middle}\" y=\"{Svg(baseLine - height - 6)}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" {Text}>{Number(counts[i])}</text>");
            svg.Append($"<text x=\"{middle}\" y=\"{Svg(baseLine + 18)}\" text-anchor=\"middle\" font-size=\"12\" {Muted}>{ReportLabels.Status(status)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// One bar per province on a 0–100 % scale; a province without budget figures reads "sin cifras". Provinces come in
    /// charts of at most <see cref="ProvincesPerChart"/> rows, because Chromium does not split one drawing across pages.
    /// </summary>
    public static string AvanceByProvince(IReadOnlyList<ReportProvince> provinces) =>
        string.Concat(provinces.Chunk(ProvincesPerChart).Select(AvanceChart));

    private static string AvanceChart(ReportProvince[] provinces)
    {
        const double labelEnd = 170, barStart = 180, scale = 340, row = 22, top = 24, barHeight = 14;
        var height = top + (provinces.Length * row) + 6;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 600 {Svg(height)}\" role=\"img\" aria-label=\"Avance de la ejecución del PP 0030 por provincia\">");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = Svg(barStart + (scale * tick / 100));
            svg.Append($"<line x1=\"{x}\" y1=\"{Svg(top - 6)}\" x2=\"{x}\" y2=\"{Svg(height - 4)}\" stroke=\"#d5dbe2\" stroke-width=\"1\"/>");
            svg.Append($"<text x=\"{x}\" y=\"{Svg(top - 10)}\" text-anchor=\"middle\" font-size=\"10\" {Muted}>{Number(tick)} %</text>");
        }

        for (var i = 0; i < provinces.Length; i++)
        {
            var province = provinces[i];
            var y = top + (i * row);
            var baseline = Svg(y + barHeight - 3);
            svg.Append($"<text x=\"{Svg(labelEnd)}\" y=\"{baseline}\" text-anchor=\"end\" font-size=\"11\" {Text}>{E(province.Name)}</text>");
            if (province.Avance is { } avance)
            {
                // An avance above 100 % (devengado over PIM) keeps its figure but its bar stops at the scale's end.
                var width = scale * (double)Math.Clamp(avance, 0m, 100m) / 100;
                svg.Append($"<rect x=\"{Svg(barStart)}\" y=\"{Svg(y)}\" width=\"{Svg(width)}\" height=\"{Svg(barHeight)}\" fill=\"#0b4f8a\"/>");
                svg.Append($"<text x=\"{Svg(barStart + width + 5)}\" y=\"{baseline}\" font-size=\"11\" {Text}>{Percent(avance)}</text>");
            }
            else
            {
                svg.Append($"<text x=\"{Svg(barStart + 5)}\" y=\"{baseline}\" font-size=\"11\" font-style=\"italic\" {Muted}>sin cifras</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }
}
