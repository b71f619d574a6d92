using FluentValidation;
using IncentiveCompliance.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>
/// Runs Identity's password validators (length, then guessability: the rule configured with Identity) inside a form's
/// validator, so that a weak password is reported with the form's other errors rather than after them.
/// </summary>
internal static class PasswordRuleCheck
{
    public static void FollowsPasswordRule<T>(this IRuleBuilder<T, string> rule, UserManager<AppUser> users, Func<T, Task<AppUser>> owner) =>
        rule.CustomAsync(async (password, context, _) =>
        {
            if (string.IsNullOrEmpty(password))
            {
                return;
            }

            var user = await owner(context.InstanceToValidate);
            foreach (var validator in users.PasswordValidators)
            {
                foreach (var error in (await validator.ValidateAsync(users, user, password)).Errors)
                {
                    context.AddFailure(context.PropertyPath, error.Description);
                }
            }
        });
}
