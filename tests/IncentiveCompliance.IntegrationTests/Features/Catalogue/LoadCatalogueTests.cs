using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Catalogue;

public sealed class LoadCatalogueTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_demo_holds_the_sample_2026_catalogue(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        var catalogue = await app.SendAs(TestUsers.WanchaqBudget, new GetProgramCatalogue(2026));

        catalogue.MinimumPoints.Should().Be(80);
        var requirements = catalogue.Commitments.Should().ContainSingle().Subject.Requirements;
        requirements.Select(r => r.Code).Should().BeEquivalentTo("H1", "H2", "5.2", "5.3", "H3", "C1");
        requirements.Sum(r => r.Points).Should().Be(100);
        requirements.Single(r => r.Code == "5.3").Should().BeEquivalentTo(new { Kind = RequirementKind.Indicator, Unit = "km/día", Mandatory = true });
        requirements.Single(r => r.Code == "5.3").Targets["A"].Should().Be(70);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Reloading_updates_in_place_and_keeps_what_municipalities_reported(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));

        var changed = TestCatalogue.Json(minimumPoints: 50).Replace("Requisito M1", "Acta del CODISEC");
        var result = await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(changed), TestCatalogue.Year));
        var renamed = await app.SendAsAdmin(new GetProgramCatalogue(TestCatalogue.Year));
        var removeReported = () => app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json(40, "I1", "T1"))));
        var removeUnreported = await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json(40, "M1", "I1"))));

        result.Should().Be(new LoadCatalogueResult(TestCatalogue.Year, 1, 3));
        (await removeReported.Should().ThrowAsync<ValidationException>()).Which.Errors.Single().ErrorMessage.Should().Contain("M1 ya tiene avances");
        removeUnreported.Requirements.Should().Be(2);
        (await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json())))).Requirements.Should().Be(3, "a requirement can be added back to an existing commitment");
        renamed.Commitments.Single().Requirements.Single(r => r.Code == "M1").Title.Should().Be("Acta del CODISEC");
        renamed.MinimumPoints.Should().Be(50);
        (await app.SendAs(TestUsers.CuscoSecretariat, new ListAuditTrail("08", Limit: PageSize.Max))).Items.Count(a => a.Action == AuditAction.CatalogueLoaded).Should().Be(5, "the demo's, the test's and the three reloads that succeeded");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_bad_catalogue_is_refused_with_the_place_of_each_error(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres);

        async Task<IEnumerable<string>> Errors(string json, int? year = null) =>
            (await FluentActions.Invoking(() => app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(json), year))).Should().ThrowAsync<ValidationException>())
                .Which.Errors.Select(e => e.PropertyName);

        (await Errors("{ \"year\": 2026, ")).Should().Equal("file");
        (await Errors(TestCatalogue.Json().Replace("\"milestone\"", "\"hito\"").Replace("\"km/día\"", "null"))).Should().BeEquivalentTo(
            "Commitments[0].Requirements[0].Kind", "Commitments[0].Requirements[1].Unit");
        (await Errors(TestCatalogue.Json(minimumPoints: 500))).Should().Equal("MinimumPoints");
        (await Errors(TestCatalogue.Json().Replace("\"pdf\",\"jpg\"", "\"exe\",\"jpg\""))).Should().Equal("Commitments[0].Requirements[0].Evidence.FileTypes");
        (await Errors(TestCatalogue.Json(), year: 2020)).Should().Equal("year");
        await FluentActions.Invoking(() => app.SendAsAdmin(new GetProgramCatalogue(TestCatalogue.Year))).Should().ThrowAsync<NotFoundException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Only_an_administrator_loads_a_catalogue(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres);
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json()))))
            .Should().ThrowAsync<ForbiddenException>();
    }
}
