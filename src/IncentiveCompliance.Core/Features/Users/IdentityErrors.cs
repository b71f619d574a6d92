using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>Turns Identity's refusals (weak password, taken name) into ordinary validation errors on the form's fields.</summary>
internal static class IdentityErrors
{
    /// <param name="passwordField">The field a password refusal belongs to.</param>
    /// <param name="fields">Error codes that belong to another field (a wrong current password, say).</param>
    public static void ThrowIfFailed(IdentityResult result, string passwordField = "Password", params (string Code, string Field)[] fields)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code), e.Description)));
        }

        string FieldOf(string code) =>
            fields.FirstOrDefault(f => f.Code == code).Field
            ?? (code.Contains("Password", StringComparison.Ordinal) ? passwordField : "Email");
    }
}
