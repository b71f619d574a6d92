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
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Http;
using IncentiveCompliance.TestSupport;
using Xunit;
using static IncentiveCompliance.IntegrationTests.Features.Account.AccountSession;

namespace IncentiveCompliance.IntegrationTests.Features.Account;

public sealed class AccountLifecycleTests(PostgresServer postgres)
{
    private const string Email = "seguridad@anta.demo.pe";

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_first_password_is_temporary_and_reaches_nothing_until_it_is_changed(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await app.SendAsAdmin(new CreateUser(Email, "Seguridad Anta", TestUsers.Passphrase, Roles.MunicipalManager, null, "080301"));

        var first = await app.SendAs(null, new SignIn(Email, TestUsers.Passphrase));

        first.PendingStep.Should().Be(AccountStep.PasswordChange);
        (await FluentActions.Invoking(() => Send(app, first, new GetMunicipality("080301"))).Should().ThrowAsync<ForbiddenException>())
            .WithMessage("*contraseña temporal*");
        (await Send(app, first, new GetOwnAccount())).PendingStep.Should().Be(AccountStep.PasswordChange);

        (await Send(app, first, new ChangePassword(TestUsers.Passphrase, TestUsers.OtherPassphrase))).Should().Be(AccountStep.None, "a municipal role needs no second factor");
        (await Send(app, first, new GetMunicipality("080301"))).Ubigeo.Should().Be("080301", "the same session goes on once the password is changed");
        await FluentActions.Invoking(() => app.SendAs(null, new SignIn(Email, TestUsers.Passphrase))).Should().ThrowAsync<UnauthenticatedException>();
        (await app.SendAs(null, new SignIn(Email, TestUsers.OtherPassphrase))).PendingStep.Should().Be(AccountStep.None);
        (await app.SendAsAdmin(new ListSecurityEvents(Limit: PageSize.Max))).Items.Select(e => e.Action).Should().Contain(AuditAction.AccountPasswordChanged);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_password_must_be_long_and_hard_to_guess_but_needs_no_symbols(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var manager = await app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, DemoData.Password));

        async Task<string> Refusal(string current, string next) =>
            (await FluentActions.Invoking(() => Send(app, manager, new ChangePassword(current, next))).Should().ThrowAsync<ValidationException>())
            .Which.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").Aggregate((a, b) => $"{a} | {b}");

        (await Refusal("no-es-la-mía", TestUsers.Passphrase)).Should().Be("CurrentPassword: La contraseña actual no es correcta.");
        (await Refusal(DemoData.Password, "Corta2026!x")).Should().Contain("NewPassword: La contraseña debe tener al menos 12 caracteres");
        (await Refusal(DemoData.Password, "password1234")).Should().StartWith("NewPassword: La contraseña es fácil de adivinar");
        (await Refusal(DemoData.Password, "qwertyuiop123")).Should().StartWith("NewPassword: La contraseña es fácil de adivinar");
        (await Refusal(DemoData.Password, "seguridadwanchaq")).Should().StartWith("NewPassword: La contraseña es fácil de adivinar", "it is the account's own e-mail");
        (await Refusal(DemoData.Password, new string('x', 129))).Should().StartWith("NewPassword: La contraseña puede tener como máximo 128");

        (await Send(app, manager, new ChangePassword(DemoData.Password, "todo en minúsculas sin números ni símbolos"))).Should().Be(AccountStep.None);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_administrator_resets_a_forgotten_password_to_a_temporary_one_and_ends_the_open_sessions(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var open = await app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, DemoData.Password));

        var temporary = await app.SendAsAdmin(new ResetPassword(open.UserId, RemoveSecondFactor: false));

        temporary.Password.Should().MatchRegex("^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$");
        (await ScopeOf(app, open)).Should().BeNull("whoever used the account before the reset is out");
        await FluentActions.Invoking(() => app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, DemoData.Password))).Should().ThrowAsync<UnauthenticatedException>();
        (await app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, temporary.Password))).PendingStep.Should().Be(AccountStep.PasswordChange);
        (await app.SendAsAdmin(new ListSecurityEvents(Limit: PageSize.Max))).Items.Should().Contain(e => e.Action == AuditAction.UserPasswordReset && e.AccountId == open.UserId);
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new ResetPassword(open.UserId, false))).Should().ThrowAsync<ForbiddenException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_disabled_account_is_out_at_once_and_signs_in_again_only_once_enabled(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var open = await app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, DemoData.Password));
        var admin = await app.SendAs(null, new SignIn(DemoEmails.Admin, DemoData.Password));

        var disabled = await Send(app, admin, new SetAccountEnabled(open.UserId, false));

        disabled.Should().BeEquivalentTo(new { Disabled = true, LockedOut = false });
        (await ScopeOf(app, open)).Should().BeNull("its open session and tokens end at once");
        await FluentActions.Invoking(() => app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, DemoData.Password)))
            .Should().ThrowAsync<UnauthenticatedException>().WithMessage("Esta cuenta está desactivada*");
        await FluentActions.Invoking(() => app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, "incorrecta")))
            .Should().ThrowAsync<UnauthenticatedException>().WithMessage("Correo o contraseña incorrectos.", "only the right password learns the account is disabled");
        await FluentActions.Invoking(() => Send(app, admin, new SetAccountEnabled(admin.UserId, false))).Should().ThrowAsync<ConflictException>();

        await Send(app, admin, new SetAccountEnabled(open.UserId, true));
        (await ScopeOf(app, open)).Should().BeNull("enabling opens no old session");
        await app.SendAs(null, new SignIn(DemoEmails.WanchaqManager, DemoData.Password));

        var listed = (await app.SendAsAdmin(new ListUsers(Limit: PageSize.Max))).Items.Single(u => u.Id == open.UserId);
        listed.Should().BeEquivalentTo(new { Disabled = false, SecondFactorEnabled = false });
        listed.LastSignInAt.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        (await app.SendAsAdmin(new ListUsers(Limit: PageSize.Max))).Items.Single(u => u.Email == DemoEmails.SantiagoManager).LastSignInAt.Should().BeNull();
        (await app.SendAsAdmin(new ListSecurityEvents(Limit: PageSize.Max))).Items.Select(e => e.Action).Should().Contain([AuditAction.UserDisabled, AuditAction.UserEnabled]);
    }
}
