using IncentiveCompliance.Core.Common.Vocabulary;
using IncentiveCompliance.Core.Domain.Compliance;

namespace IncentiveCompliance.Documents.Reports;

/// <summary>What the reports add to the words and tones every screen uses (<see cref="StateWords"/>).</summary>
public static class ReportLabels
{
    /// <summary>The stylesheet class (<see cref="ReportStyles"/>) that colours a tone: text, a figure's edge, a chart's bar.</summary>
    public static string ToneClass(Tone tone) => tone switch
    {
        Tone.Neutral => "neutral",
        Tone.Pending => "pending",
        Tone.Good => "good",
        Tone.Warning => "warning",
        Tone.Bad => "bad",
        _ => throw new ArgumentOutOfRangeException(nameof(tone), tone, null),
    };

    /// <summary>States whose reason the reports print: the auditor's word on what to correct or why it was refused.</summary>
    public static bool HasReason(ItemState state) => state is ItemState.Observed or ItemState.Rejected;

    /// <summary>SVG coordinates, which must use a dot whatever the culture.</summary>
    public static string Svg(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
