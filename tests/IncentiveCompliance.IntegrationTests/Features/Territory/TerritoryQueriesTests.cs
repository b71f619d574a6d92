using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Territory;

/// <summary>Reads and edits of the registry on the demo's Cusco region, as each kind of user.</summary>
public sealed class TerritoryQueriesTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_demo_holds_Cuscos_13_provinces_and_116_municipalities(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        (await app.SendAs(TestUsers.CuscoSecretariat, new ListRegions(Limit: PageSize.Max))).Items.Should().Equal(new RegionSummary("08", "Cusco", 13, 116));
        var municipalities = (await app.SendAs(TestUsers.CuscoSecretariat, new ListMunicipalities("08", Limit: PageSize.Max))).Items;
        municipalities.Should().HaveCount(116);
        municipalities.Count(m => m.Kind == MunicipalityKind.Provincial).Should().Be(13);
        municipalities.Should().ContainEquivalentOf(new MunicipalitySummary("080108", "Wanchaq", "Cusco", MunicipalityKind.District, null));
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Search_ignores_case_and_accents_and_matches_province_and_ubigeo(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        async Task<IEnumerable<string>> Search(string text) =>
            (await app.SendAs(TestUsers.CuscoSecretariat, new ListMunicipalities("08", text, Limit: PageSize.Max))).Items.Select(m => m.Name);

        (await Search("WANCHAQ")).Should().Equal("Wanchaq");
        (await Search("jeronimo")).Should().Equal("San Jerónimo");
        (await Search("convencion")).Should().HaveCount(18);
        (await Search("08010")).Should().HaveCount(8);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_municipal_user_reads_only_their_own_municipality(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        (await app.SendAs(TestUsers.WanchaqBudget, new GetMunicipality(TestUsers.Wanchaq))).Name.Should().Be("Wanchaq");
        (await app.SendAs(TestUsers.WanchaqBudget, new ListRegions(Limit: PageSize.Max))).Items.Should().ContainSingle().Which.Code.Should().Be("08");
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new GetMunicipality(TestUsers.Santiago))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new ListMunicipalities("08"))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetMunicipality(TestUsers.Wanchaq))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(null, new GetMunicipality(TestUsers.Wanchaq))).Should().ThrowAsync<UnauthenticatedException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Unknown_and_malformed_codes_are_told_apart(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        await FluentActions.Invoking(() => app.SendAsAdmin(new GetMunicipality("089999"))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Invoking(() => app.SendAsAdmin(new ListMunicipalities("99"))).Should().ThrowAsync<NotFoundException>();
        (await FluentActions.Invoking(() => app.SendAsAdmin(new GetMunicipality("8010"))).Should().ThrowAsync<ValidationException>())
            .Which.Errors.Should().ContainSingle(e => e.PropertyName == "Ubigeo");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_secretariat_sets_PI_type_and_executing_unit_and_a_stale_edit_conflicts(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        var updated = await app.SendAs(TestUsers.CuscoSecretariat, new UpdateMunicipality(TestUsers.Wanchaq, "C", "301234", 0));
        var stale = () => app.SendAs(TestUsers.CuscoSecretariat, new UpdateMunicipality(TestUsers.Wanchaq, "D", null, 0));

        updated.Should().BeEquivalentTo(new { PiType = "C", ExecutingUnitCode = "301234", Version = 1 });
        await stale.Should().ThrowAsync<StaleVersionException>();
        (await app.SendAs(TestUsers.WanchaqManager, new GetMunicipality(TestUsers.Wanchaq))).PiType.Should().Be("C");
        (await app.SendAsAdmin(new UpdateMunicipality(TestUsers.Wanchaq, null, "", 1))).Should().BeEquivalentTo(new { PiType = (string?)null, ExecutingUnitCode = (string?)null, Version = 2 });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Municipal_users_and_other_regions_cannot_edit_and_bad_values_are_refused(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new UpdateMunicipality(TestUsers.Wanchaq, "A", null, 0))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new UpdateMunicipality(TestUsers.Wanchaq, "A", null, 0))).Should().ThrowAsync<ForbiddenException>();
        (await FluentActions.Invoking(() => app.SendAsAdmin(new UpdateMunicipality(TestUsers.Wanchaq, "H", "12-3", 0))).Should().ThrowAsync<ValidationException>())
            .Which.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("PiType", "ExecutingUnitCode");
    }
}
