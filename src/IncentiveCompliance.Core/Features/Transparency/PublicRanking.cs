using IncentiveCompliance.Core.Domain.Compliance;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>
/// A published region's ranking, as anyone may read it: only these fields, built from scratch (never a record that
/// carries names of people, e-mails, DNIs, evidence or review texts).
/// </summary>
/// <param name="CutOff">When the figures were computed, Lima time.</param>
/// <param name="PublishedSince">When the region's secretariat published the ranking, Lima time.</param>
public sealed record PublicRanking(
    string RegionCode, string RegionName, int Year, DateTimeOffset CutOff, DateTimeOffset PublishedSince, IReadOnlyList<PublicMunicipality> Municipalities);

/// <summary>One municipality in the public ranking.</summary>
/// <param name="Rank">1 for the highest score; equal scores share a rank.</param>
/// <param name="Execution">PP 0030 execution, devengado / PIM in percent; null without PIM.</param>
public sealed record PublicMunicipality(
    int Rank, string Ubigeo, string Name, string Province, ComplianceStatus Status, int Score, int MaxScore, decimal? Execution, int PeopleTrained);

/// <summary>A region whose ranking is published.</summary>
public sealed record PublishedRegion(string Code, string Name, DateTimeOffset PublishedSince);
