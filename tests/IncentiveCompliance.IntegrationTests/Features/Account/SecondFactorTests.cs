using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;
using static IncentiveCompliance.IntegrationTests.Features.Account.AccountSession;

namespace IncentiveCompliance.IntegrationTests.Features.Account;

public sealed class SecondFactorTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_regional_secretariat_sets_up_an_authenticator_app_and_then_needs_its_code_or_a_recovery_code(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        const string email = "st@apurimac.gob.pe";
        await app.SendAsAdmin(new CreateUser(email, "Secretaría Técnica Apurímac", TestUsers.Passphrase, Roles.RegionalSecretariat, "08", null));

        var first = await app.SendAs(null, new SignIn(email, TestUsers.Passphrase));
        (await Send(app, first, new ChangePassword(TestUsers.Passphrase, TestUsers.OtherPassphrase))).Should().Be(AccountStep.SecondFactorEnrollment);
        await FluentActions.Invoking(() => Send(app, first, new ListRegions())).Should().ThrowAsync<ForbiddenException>().WithMessage("*dos pasos*");
        var setup = await Send(app, first, new StartSecondFactorSetup());
        setup.AuthenticatorUri.Should().StartWith("otpauth://totp/IncentiveCompliance%3Ast%40apurimac.gob.pe?secret=");
        (await Send(app, first, new StartSecondFactorSetup())).Should().Be(setup, "the key stays the same until it is confirmed");
        await FluentActions.Invoking(() => Send(app, first, new EnableSecondFactor(WrongCode(setup)))).Should().ThrowAsync<ValidationException>();
        var recoveryCodes = await Send(app, first, new EnableSecondFactor(Totp.CodeFor(setup.AuthenticatorUri)));
        recoveryCodes.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        (await Send(app, first, new ListRegions(Limit: PageSize.Max))).Items.Should().NotBeEmpty("the session that set it up goes on");

        var second = await app.SendAs(null, new SignIn(email, TestUsers.OtherPassphrase));
        second.PendingStep.Should().Be(AccountStep.SecondFactor);
        await FluentActions.Invoking(() => Send(app, second, new ListRegions())).Should().ThrowAsync<ForbiddenException>().WithMessage("*código*");
        await FluentActions.Invoking(() => Send(app, second, new VerifySecondFactor(WrongCode(setup)))).Should().ThrowAsync<ValidationException>();
        (await Send(app, second, new VerifySecondFactor(Totp.CodeFor(setup.AuthenticatorUri)))).Should().Be(AccountStep.None);
        (await Send(app, second, new ListRegions(Limit: PageSize.Max))).Items.Should().NotBeEmpty();

        var withoutPhone = await app.SendAs(null, new SignIn(email, TestUsers.OtherPassphrase));
        (await Send(app, withoutPhone, new VerifySecondFactor(recoveryCodes[0]))).Should().Be(AccountStep.None);
        var again = await app.SendAs(null, new SignIn(email, TestUsers.OtherPassphrase));
        await FluentActions.Invoking(() => Send(app, again, new VerifySecondFactor(recoveryCodes[0]))).Should().ThrowAsync<ValidationException>("a recovery code is good once");
        (await Send(app, again, new VerifySecondFactor(recoveryCodes[1].Replace("-", "").ToLowerInvariant()))).Should().Be(AccountStep.None, "as a person may type it");
        (await Send(app, again, new GetOwnAccount())).RecoveryCodesLeft.Should().Be(8);

        await FluentActions.Invoking(() => Send(app, again, new DisableSecondFactor(TestUsers.OtherPassphrase))).Should().ThrowAsync<ForbiddenException>("the role requires it");
        (await app.SendAsAdmin(new ListSecurityEvents(Limit: PageSize.Max))).Items.Select(e => e.Action).Should()
            .Contain([AuditAction.AccountSecondFactorEnabled, AuditAction.AccountSecondFactorFailed, AuditAction.AccountSecondFactorVerified]);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_municipal_user_may_turn_the_second_factor_on_and_off_and_an_administrator_removes_it_for_a_lost_phone(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        const string email = "seguridad@anta.demo.pe";
        var id = await app.SendAsAdmin(new CreateUser(email, "Seguridad Anta", TestUsers.Passphrase, Roles.MunicipalManager, null, "080301"));
        var session = await app.SendAs(null, new SignIn(email, TestUsers.Passphrase));
        await Send(app, session, new ChangePassword(TestUsers.Passphrase, TestUsers.OtherPassphrase));

        var setup = await Send(app, session, new StartSecondFactorSetup());
        await Send(app, session, new EnableSecondFactor(Totp.CodeFor(setup.AuthenticatorUri)));
        (await app.SendAs(null, new SignIn(email, TestUsers.OtherPassphrase))).PendingStep.Should().Be(AccountStep.SecondFactor);
        await FluentActions.Invoking(() => Send(app, session, new DisableSecondFactor("incorrecta"))).Should().ThrowAsync<ValidationException>();
        await Send(app, session, new DisableSecondFactor(TestUsers.OtherPassphrase));
        (await app.SendAs(null, new SignIn(email, TestUsers.OtherPassphrase))).PendingStep.Should().Be(AccountStep.None);

        setup = await Send(app, session, new StartSecondFactorSetup());
        await Send(app, session, new EnableSecondFactor(Totp.CodeFor(setup.AuthenticatorUri)));
        var temporary = await app.SendAsAdmin(new ResetPassword(id, RemoveSecondFactor: true));
        (await app.SendAs(null, new SignIn(email, temporary.Password))).PendingStep.Should().Be(AccountStep.PasswordChange, "the phone is no longer asked for");
        (await app.SendAsAdmin(new ListUsers(Limit: PageSize.Max))).Items.Single(u => u.Id == id).SecondFactorEnabled.Should().BeFalse();
    }

    /// <summary>A six-digit code that is not the current one (nor, so close in time, an adjacent one's).</summary>
    private static string WrongCode(SecondFactorSetup setup)
    {
        var valid = Enumerable.Range(-2, 5).Select(i => Totp.CodeFor(setup.AuthenticatorUri, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !valid.Contains(c));
    }
}
