using FluentAssertions;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Features.Account;
using Xunit;

namespace IncentiveCompliance.UnitTests.Features.Account;

public sealed class SignInStepsTests
{
    [Theory]
    [InlineData(Roles.Administrator, AccountStep.SecondFactorEnrollment)]
    [InlineData(Roles.RegionalSecretariat, AccountStep.SecondFactorEnrollment)]
    [InlineData(Roles.MunicipalManager, AccountStep.None)]
    [InlineData(Roles.BudgetOfficer, AccountStep.None)]
    public void The_roles_that_reach_a_region_or_more_must_set_up_a_second_factor(string role, AccountStep expected) =>
        SignInSteps.Next(new AppUser(), role, demoEnabled: false, secondFactorDone: false).Should().Be(expected);

    [Fact]
    public void The_demo_accounts_skip_the_second_factor_only_while_the_demo_is_enabled()
    {
        var demoAdmin = new AppUser { DemoAccount = true };
        var demoAdminWithApp = new AppUser { DemoAccount = true, TwoFactorEnabled = true };

        SignInSteps.Next(demoAdmin, Roles.Administrator, demoEnabled: true, secondFactorDone: false).Should().Be(AccountStep.None);
        SignInSteps.Next(demoAdminWithApp, Roles.Administrator, demoEnabled: true, secondFactorDone: false).Should().Be(AccountStep.None);
        SignInSteps.Next(demoAdmin, Roles.Administrator, demoEnabled: false, secondFactorDone: false).Should().Be(AccountStep.SecondFactorEnrollment);
        SignInSteps.Next(demoAdminWithApp, Roles.Administrator, demoEnabled: false, secondFactorDone: false).Should().Be(AccountStep.SecondFactor);
        SignInSteps.Next(new AppUser(), Roles.Administrator, demoEnabled: true, secondFactorDone: false).Should().Be(AccountStep.SecondFactorEnrollment, "other accounts follow the rule in the demo too");
    }

    [Fact]
    public void The_second_factor_comes_first_then_the_new_password()
    {
        var user = new AppUser { TwoFactorEnabled = true, MustChangePassword = true };

        SignInSteps.Next(user, Roles.MunicipalManager, demoEnabled: false, secondFactorDone: false).Should().Be(AccountStep.SecondFactor);
        SignInSteps.Next(user, Roles.MunicipalManager, demoEnabled: false, secondFactorDone: true).Should().Be(AccountStep.PasswordChange);
    }
}
