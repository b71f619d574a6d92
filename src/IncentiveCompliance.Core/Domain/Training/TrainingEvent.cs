namespace IncentiveCompliance.Core.Domain.Training;

/// <summary>
/// A training the regional secretariat runs for municipal staff: when, how, for whom, and the training requirements of
/// the year's catalogue its attendance satisfies.
/// </summary>
public sealed class TrainingEvent
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public required string RegionCode { get; init; }

    public required string Title { get; set; }

    public string Topics { get; set; } = "";

    public DateOnly Date { get; set; }

    public decimal Hours { get; set; }

    public Modality Modality { get; set; }

    public string Place { get; set; } = "";

    public string Organiser { get; set; } = "";

    /// <summary>The positions it is meant for; empty: everyone.</summary>
    public IList<Position> TargetPositions { get; set; } = [];

    /// <summary>Codes of the training requirements of <see cref="Date"/>'s program year it satisfies.</summary>
    public IList<string> RequirementCodes { get; set; } = [];

    public IList<Attendance> Attendance { get; } = [];
}
