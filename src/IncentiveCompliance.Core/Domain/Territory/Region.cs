namespace IncentiveCompliance.Core.Domain.Territory;

/// <summary>A department ("región"), keyed by its 2-digit ubigeo.</summary>
public sealed class Region(string code, string name)
{
    public string Code { get; private set; } = code;

    public string Name { get; set; } = name;

    public IList<Province> Provinces { get; } = [];

    /// <summary>When the secretariat published the region's ranking at /transparencia; null while it is not published.</summary>
    public DateTime? RankingPublishedAt { get; set; }
}
