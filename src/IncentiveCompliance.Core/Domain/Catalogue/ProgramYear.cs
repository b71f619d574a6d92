namespace IncentiveCompliance.Core.Domain.Catalogue;

/// <summary>
/// One fiscal year of the incentive program: its commitments and the compliance rule of that year
/// (minimum points, and every mandatory requirement approved). Replaced whole when the catalogue is reloaded.
/// </summary>
public sealed class ProgramYear(int year, string title, int minimumPoints)
{
    public int Year { get; private set; } = year;

    public string Title { get; set; } = title;

    /// <summary>Points a municipality needs for the commitment to be met (e.g. 80 of 100).</summary>
    public int MinimumPoints { get; set; } = minimumPoints;

    public IList<Commitment> Commitments { get; } = [];
}
