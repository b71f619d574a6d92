namespace IncentiveCompliance.Core.Domain.Catalogue;

/// <summary>An indicator's minimum value for municipalities of one PI type (a letter A–G).</summary>
public sealed record PiTypeTarget(string PiType, decimal Minimum);
