namespace IncentiveCompliance.Core.Common.Vocabulary;

/// <summary>How a state reads at a glance. The pages and the printed documents each turn a tone into a colour, in one place each.</summary>
public enum Tone
{
    Neutral, // nothing has happened yet
    Pending, // under way, in someone's hands
    Good,
    Warning, // needs attention before it is too late
    Bad,
}
