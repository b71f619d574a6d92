using FluentAssertions;
using IncentiveCompliance.Core;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Core.Features.Users;
using MediatR;
using Xunit;

namespace IncentiveCompliance.UnitTests.Common;

public sealed class RequestAuthorizationTests
{
    private static readonly IEnumerable<Type> RequestTypes = typeof(CoreServices).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));

    [Fact]
    public void Every_request_declares_who_may_send_it()
    {
        RequestTypes.Should().NotBeEmpty();
        RequestTypes.Where(t => !t.IsDefined(typeof(AllowedRolesAttribute), false) && !t.IsDefined(typeof(AnonymousAttribute), false))
            .Should().BeEmpty("a request without [AllowedRoles] or [Anonymous] is refused at run time");
    }

    [Fact]
    public void Only_signing_in_and_reading_the_published_rankings_are_anonymous() =>
        RequestTypes.Where(t => t.IsDefined(typeof(AnonymousAttribute), false))
            .Should().BeEquivalentTo([typeof(SignIn), typeof(ListPublishedRegions), typeof(GetPublicRanking), typeof(ExportPublicRanking)]);

    [Fact]
    public void A_session_that_owes_a_sign_in_step_sends_only_the_requests_that_finish_it()
    {
        var owesPassword = new AccessScope(Roles.MunicipalManager, null, "080108") { PendingStep = AccountStep.PasswordChange };
        var owesCode = owesPassword with { PendingStep = AccountStep.SecondFactor };

        FluentActions.Invoking(() => Authorize(new ListRegions(), owesPassword)).Should().Throw<ForbiddenException>().WithMessage("*contraseña temporal*");
        FluentActions.Invoking(() => Authorize(new ChangePassword("a", "b"), owesPassword)).Should().NotThrow();
        FluentActions.Invoking(() => Authorize(new SignOut(), owesPassword)).Should().NotThrow();
        FluentActions.Invoking(() => Authorize(new ChangePassword("a", "b"), owesCode)).Should().Throw<ForbiddenException>("the code comes before the new password");
        FluentActions.Invoking(() => Authorize(new VerifySecondFactor("123456"), owesCode)).Should().NotThrow();
    }

    [Fact]
    public void A_page_shows_a_button_only_to_the_roles_the_request_allows()
    {
        var secretariat = new AccessScope(Roles.RegionalSecretariat, "08", null);
        var manager = new AccessScope(Roles.MunicipalManager, null, "080108");

        RequestAuthorization.RoleAllows<ReviewSubmission>(secretariat).Should().BeTrue();
        RequestAuthorization.RoleAllows<ReviewSubmission>(manager).Should().BeFalse();
        RequestAuthorization.RoleAllows<SubmitProgress>(manager).Should().BeTrue();
        RequestAuthorization.RoleAllows<SubmitProgress>(new AccessScope(Roles.BudgetOfficer, null, "080108")).Should().BeFalse();
        RequestAuthorization.RoleAllows<ReviewSubmission>(secretariat with { PendingStep = AccountStep.SecondFactor }).Should().BeFalse();
        RequestAuthorization.RoleAllows<ReviewSubmission>(null).Should().BeFalse();
    }

    [Fact]
    public void Every_request_a_pending_session_may_send_is_about_its_own_account() =>
        RequestTypes.Where(t => t.IsDefined(typeof(AllowedDuringAttribute), false)).Select(t => t.Namespace).Distinct()
            .Should().Equal(typeof(SignIn).Namespace);

    [Fact]
    public void A_request_without_an_access_rule_is_refused() =>
        FluentActions.Invoking(() => Authorize(new Undeclared(), new AccessScope(Roles.Administrator, null, null)))
            .Should().Throw<InvalidOperationException>().WithMessage("*declares no access rule*");

    [Fact]
    public void Nobody_signed_in_gets_unauthenticated() =>
        FluentActions.Invoking(() => Authorize(new ListRegions(), null)).Should().Throw<UnauthenticatedException>();

    [Fact]
    public void Anonymous_requests_pass_without_a_user() =>
        FluentActions.Invoking(() => Authorize(new SignIn("a@b.pe", "x"), null)).Should().NotThrow();

    [Fact]
    public void A_role_not_allowed_is_forbidden() =>
        FluentActions.Invoking(() => Authorize(new ListUsers(), new AccessScope(Roles.RegionalSecretariat, "08", null)))
            .Should().Throw<ForbiddenException>();

    [Fact]
    public void A_municipality_outside_the_scope_is_forbidden()
    {
        var wanchaq = new AccessScope(Roles.MunicipalManager, null, "080108");
        FluentActions.Invoking(() => Authorize(new GetMunicipality("080106"), wanchaq)).Should().Throw<ForbiddenException>();
        FluentActions.Invoking(() => Authorize(new GetMunicipality("080108"), wanchaq)).Should().NotThrow();
    }

    [Fact]
    public void A_region_outside_the_scope_is_forbidden()
    {
        var cusco = new AccessScope(Roles.RegionalSecretariat, "08", null);
        FluentActions.Invoking(() => Authorize(new ListMunicipalities("15"), cusco)).Should().Throw<ForbiddenException>();
        FluentActions.Invoking(() => Authorize(new ListMunicipalities("08"), cusco)).Should().NotThrow();
    }

    private static void Authorize(object request, AccessScope? scope) =>
        RequestAuthorization.Authorize(request, scope);

    private sealed record Undeclared : IRequest<int>;

    [Fact]
    public void A_national_viewer_sends_only_reads_without_personal_data_or_evidence_and_its_own_account_requests()
    {
        var national = RequestTypes.Where(t => t.GetCustomAttributes(typeof(AllowedRolesAttribute), false).Cast<AllowedRolesAttribute>()
            .Any(a => a.Roles.Contains(Roles.NationalViewer))).Select(t => t.Name);

        national.Should().BeEquivalentTo(
            "GetNationalCompliance", "ExportNationalCompliance", "GetRegionCompliance", "GetRegionStatusHistory", "ExportComplianceMatrix", "GetMunicipalityCompliance",
            "GetRegionBudget", "ExportRegionBudget", "GetTrainingCoverage", "ListRegions", "GetRegion", "ListProvinces", "ListMunicipalities",
            "GetMunicipality", "GetProgramCatalogue", "ListCommitments", "ListHolidays", "ListNotifications", "CountUnreadNotifications",
            "GetOwnAccount", "ChangePassword", "StartSecondFactorSetup", "EnableSecondFactor", "VerifySecondFactor", "DisableSecondFactor", "SignOut");
    }
}

