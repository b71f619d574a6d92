using IncentiveCompliance.Core.Common.Vocabulary;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>The site.css class that colours a tone: the one place pages turn a state's tone into a colour.</summary>
public static class Tones
{
    public static string Class(Tone tone) => tone switch
    {
        Tone.Neutral => "tone-neutral",
        Tone.Pending => "tone-pending",
        Tone.Good => "tone-good",
        Tone.Warning => "tone-warning",
        Tone.Bad => "tone-bad",
        _ => throw new ArgumentOutOfRangeException(nameof(tone), tone, null),
    };
}
