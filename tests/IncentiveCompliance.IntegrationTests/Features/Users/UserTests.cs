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
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using static IncentiveCompliance.IntegrationTests.Features.Account.AccountSession;

namespace IncentiveCompliance.IntegrationTests.Features.Users;

public sealed class UserTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_administrator_creates_a_user_who_signs_in_with_that_scope(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        var id = await app.SendAsAdmin(new CreateUser("presupuesto@santiago.demo.pe", "Presupuesto Santiago", TestUsers.Passphrase, Roles.BudgetOfficer, "08", TestUsers.Santiago));
        var signedIn = await app.SendAs(null, new SignIn("presupuesto@santiago.demo.pe", TestUsers.Passphrase));

        signedIn.UserId.Should().Be(id);
        (await ScopeOf(app, signedIn)).Should().Be(
            new AccessScope(Roles.BudgetOfficer, null, TestUsers.Santiago) { PendingStep = AccountStep.PasswordChange },
            "a municipal role keeps no region, and a first password is temporary");
        (await app.SendAsAdmin(new ListUsers(Limit: PageSize.Max))).Items.Should().ContainEquivalentOf(new { Email = "presupuesto@santiago.demo.pe", Role = Roles.BudgetOfficer, Ubigeo = TestUsers.Santiago, LockedOut = false });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Account_changes_and_pi_type_edits_are_audited(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        var id = await app.SendAsAdmin(new CreateUser("presupuesto@santiago.demo.pe", "Presupuesto Santiago", TestUsers.Passphrase, Roles.BudgetOfficer, "08", TestUsers.Santiago));
        await app.SendAsAdmin(new AssignRole(id, Roles.MunicipalManager, null, TestUsers.Santiago));
        var municipality = await app.SendAsAdmin(new GetMunicipality(TestUsers.Santiago));
        await app.SendAsAdmin(new UpdateMunicipality(TestUsers.Santiago, "B", null, municipality.Version));

        var events = (await app.SendAsAdmin(new ListSecurityEvents(Limit: PageSize.Max))).Items;
        events.Select(e => (e.Action, e.AccountId)).Should().Contain([(AuditAction.UserCreated, id), (AuditAction.UserRoleChanged, id)]);
        events.Single(e => e.Action == AuditAction.UserRoleChanged).Details.Should().Contain("BudgetOfficer").And.Contain("MunicipalManager");
        (await app.SendAs(TestUsers.CuscoSecretariat, new ListAuditTrail("08", TestUsers.Santiago, Limit: PageSize.Max))).Items.Should()
            .ContainSingle(e => e.Action == AuditAction.MunicipalityUpdated).Which.After.Should().Contain("\"piType\":\"B\"");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Role_and_scope_must_fit_together(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        async Task<IEnumerable<string>> Errors(CreateUser request) =>
            (await FluentActions.Invoking(() => app.SendAsAdmin(request)).Should().ThrowAsync<ValidationException>()).Which.Errors.Select(e => e.PropertyName).Distinct();

        (await Errors(new CreateUser("a@b.pe", "A", TestUsers.Passphrase, Roles.RegionalSecretariat, null, null))).Should().Equal("RegionCode");
        (await Errors(new CreateUser("a@b.pe", "A", TestUsers.Passphrase, Roles.RegionalSecretariat, "99", null))).Should().Equal("RegionCode");
        (await Errors(new CreateUser("a@b.pe", "A", TestUsers.Passphrase, Roles.MunicipalManager, null, "089999"))).Should().Equal("Ubigeo");
        (await Errors(new CreateUser("no-es-correo", "", "corta", "Jefe", null, null))).Should().BeEquivalentTo("Email", "FullName", "Password", "Role");
        (await Errors(new CreateUser("a@b.pe", "A", "password1234", Roles.Administrator, null, null))).Should().Equal("Password");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_e_mail_is_registered_once(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var act = () => app.SendAsAdmin(DemoData.Users[0]);
        await act.Should().ThrowAsync<ConflictException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_new_role_applies_on_the_next_request(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var user = await app.SendAs(null, new SignIn("seguridad@wanchaq.demo.pe", DemoData.Password));

        await app.SendAsAdmin(new AssignRole(user.UserId, Roles.RegionalSecretariat, "08", "080108"));

        (await ScopeOf(app, user)).Should().Be(new AccessScope(Roles.RegionalSecretariat, "08", null));
        await FluentActions.Invoking(() => app.SendAsAdmin(new AssignRole("nadie", Roles.Administrator, null, null))).Should().ThrowAsync<NotFoundException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Only_an_administrator_manages_users(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new ListUsers())).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new CreateUser("x@y.pe", "X", TestUsers.Passphrase, Roles.MunicipalManager, null, "080108")))
            .Should().ThrowAsync<ForbiddenException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Many_wrong_passwords_pause_sign_in_for_the_account_but_not_its_open_sessions(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true, settings: new Dictionary<string, string?> { ["SignIn:FailuresPerAccount"] = "5" });
        const string email = "seguridad@santiago.demo.pe";
        var open = await app.SendAs(null, new SignIn(email, DemoData.Password));

        for (var i = 0; i < 4; i++)
        {
            await FluentActions.Invoking(() => app.SendAs(null, new SignIn(email, "incorrecta")))
                .Should().ThrowAsync<UnauthenticatedException>().WithMessage("Correo o contraseña incorrectos.");
        }

        (await FluentActions.Invoking(() => app.SendAs(null, new SignIn(email, "incorrecta"))).Should().ThrowAsync<TooManyAttemptsException>())
            .Which.RetryAfter.Should().BeCloseTo(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(1));
        await FluentActions.Invoking(() => app.SendAs(null, new SignIn(email, DemoData.Password))).Should().ThrowAsync<TooManyAttemptsException>().WithMessage("*15 minutos*");
        (await ScopeOf(app, open)).Should().NotBeNull("a pause after wrong passwords never throws the owner out of an open session");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_default_pause_comes_after_a_hundred_failures_and_an_unknown_e_mail_is_answered_like_a_wrong_password(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        app.Root.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout.MaxFailedAccessAttempts.Should().Be(100);

        var unknown = await FluentActions.Invoking(() => app.SendAs(null, new SignIn("nadie@demo.pe", "incorrecta"))).Should().ThrowAsync<UnauthenticatedException>();
        var wrong = await FluentActions.Invoking(() => app.SendAs(null, new SignIn("seguridad@santiago.demo.pe", "incorrecta"))).Should().ThrowAsync<UnauthenticatedException>();
        unknown.Which.Message.Should().Be(wrong.Which.Message);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Signing_out_ends_that_session_only(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var office = await app.SendAs(null, new SignIn("seguridad@wanchaq.demo.pe", DemoData.Password));
        var phone = await app.SendAs(null, new SignIn("seguridad@wanchaq.demo.pe", DemoData.Password));

        await app.SendAs(TestUsers.WanchaqManager, new SignOut(), office.UserId, office.SessionId);

        (await ScopeOf(app, office)).Should().BeNull("the signed-out session is refused");
        (await ScopeOf(app, phone)).Should().NotBeNull("the user's other session stays open");
        (await ScopeOf(app, phone with { SessionId = Guid.NewGuid() })).Should().BeNull("a session that never existed is refused");
    }
}
