namespace IncentiveCompliance.Core.Domain.Budget;

/// <summary>The budget officer's sign-off of a month's execution, with the reason when it is behind the expected pace.</summary>
public sealed class BudgetReview
{
    public long Id { get; private set; }

    public required string Ubigeo { get; init; }

    public required int Year { get; init; }

    public required int Month { get; init; }

    public bool BehindPace { get; set; }

    public string? Justification { get; set; }

    public required string ReviewedBy { get; set; }

    public DateTime ReviewedAt { get; set; }
}
