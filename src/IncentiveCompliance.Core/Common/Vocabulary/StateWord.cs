namespace IncentiveCompliance.Core.Common.Vocabulary;

/// <summary>A state as a person reads it: its Spanish word and its tone.</summary>
public sealed record StateWord(string Word, Tone Tone);
