using FluentValidation.Results;
using IncentiveCompliance.Core.Domain.Catalogue;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>What a submission's content must satisfy for its requirement, checked when it is made and again when a draft is sent.</summary>
internal static class ContentRules
{
    /// <summary>The largest value the database keeps (numeric(18,4)).</summary>
    public const decimal MaxValue = 100_000_000_000_000m;

    public static List<ValidationFailure> Check(Requirement requirement, decimal? value, DateOnly? evidenceDate, DateOnly today, bool requireValue)
    {
        var failures = new List<ValidationFailure>();
        if (requirement.Kind == RequirementKind.Indicator && value is null && requireValue)
        {
            failures.Add(new ValidationFailure("value", $"Indique el valor del indicador ({requirement.Unit})."));
        }

        if (value is < 0)
        {
            failures.Add(new ValidationFailure("value", "El valor no puede ser negativo."));
        }

        if (evidenceDate > today)
        {
            failures.Add(new ValidationFailure("evidenceDate", "La fecha de la evidencia no puede ser futura."));
        }

        return failures;
    }
}
