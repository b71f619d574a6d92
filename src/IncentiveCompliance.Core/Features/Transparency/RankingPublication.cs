using IncentiveCompliance.Core.Domain.Calendar;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>Whether a region's ranking is published at /transparencia, and since when (Lima time).</summary>
public sealed record RankingPublication(string RegionCode, bool Published, DateTimeOffset? PublishedSince)
{
    public static RankingPublication Of(string regionCode, DateTime? publishedAtUtc) =>
        new(regionCode, publishedAtUtc.HasValue, publishedAtUtc is { } utc ? LimaInstant(utc) : null);

    /// <summary>A UTC instant as Lima reads it, with Lima's offset.</summary>
    public static DateTimeOffset LimaInstant(DateTime utc) =>
        new(DateTime.SpecifyKind(utc + LimaTime.Offset, DateTimeKind.Unspecified), LimaTime.Offset);
}
