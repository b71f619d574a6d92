using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>Turns Identity's refusals (weak password, taken name) into ordinary validation errors.</summary>
internal static class IdentityErrors
{
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e =>
                new ValidationFailure(e.Code.Contains("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description)));
        }
    }
}
