using FluentValidation;

namespace IncentiveCompliance.Core.Common;

/// <summary>A program or calendar year a request may ask about.</summary>
public static class YearRules
{
    public static IRuleBuilderOptions<T, int> ValidYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(2000, 2100).WithMessage("El año debe estar entre 2000 y 2100.");
}
