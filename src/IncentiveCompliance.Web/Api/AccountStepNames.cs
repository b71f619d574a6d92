using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;

namespace IncentiveCompliance.Web.Api;

/// <summary>A sign-in step as the API writes it: snake_case, or null when the session owes none.</summary>
public static class AccountStepNames
{
    public static string? Of(AccountStep step) => step == AccountStep.None ? null : ApiNames.Of(step);
}
