namespace IncentiveCompliance.Core.Domain.Catalogue;

/// <summary>
/// A requirement of a commitment ("5.3"): what the municipality must show by its due date, what it is worth,
/// which municipality types it applies to, the target per type for indicators, and the evidence it asks for.
/// </summary>
public sealed class Requirement
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CommitmentId { get; private set; }

    public Commitment Commitment { get; private set; } = null!;

    public int Year { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public RequirementKind Kind { get; set; }

    public DateOnly DueDate { get; set; }

    public int Points { get; set; }

    public bool Mandatory { get; set; }

    /// <summary>PI types (letters A–G) the requirement applies to; empty means every type.</summary>
    public IList<string> AppliesTo { get; set; } = [];

    /// <summary>For indicators: the unit of the value (e.g. "km/día").</summary>
    public string? Unit { get; set; }

    /// <summary>For indicators: the minimum value per PI type (a type without a target has none).</summary>
    public IList<PiTypeTarget> Targets { get; set; } = [];

    /// <summary>Accepted evidence file types by extension ("pdf", "xlsx").</summary>
    public IList<string> EvidenceFileTypes { get; set; } = [];

    /// <summary>What the evidence must show ("medios de verificación").</summary>
    public string EvidenceDescription { get; set; } = "";

    public bool AppliesToType(string? piType) => AppliesTo.Count == 0 || piType is null || AppliesTo.Contains(piType);

    public decimal? TargetFor(string? piType) => Targets.FirstOrDefault(t => t.PiType == piType)?.Minimum;
}
