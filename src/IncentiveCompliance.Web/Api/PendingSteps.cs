using IncentiveCompliance.Core.Common.Security;

namespace IncentiveCompliance.Web.Api;

/// <summary>A sign-in step as the API answers it: the step the session owes, or null when it owes none.</summary>
public static class PendingSteps
{
    public static AccountStep? Of(AccountStep step) => step == AccountStep.None ? null : step;
}
