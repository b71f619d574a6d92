using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Core.Features.Transparency;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.IntegrationTests.Features.Training;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Transparency;

public sealed class PublicRankingTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Only_the_regions_secretariat_and_administrators_publish_and_each_change_is_audited(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await app.SendAsAdmin(new PublishRanking("08", false)); // the demo may publish it

        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new PublishRanking("08", true))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new PublishRanking("08", true))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(null, new PublishRanking("08", true))).Should().ThrowAsync<UnauthenticatedException>();
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetRankingPublication("08"))).Published.Should().BeFalse();

        var published = await app.SendAs(TestUsers.CuscoSecretariat, new PublishRanking("08", true));
        var again = await app.SendAs(TestUsers.CuscoSecretariat, new PublishRanking("08", true));
        var withdrawn = await app.SendAsAdmin(new PublishRanking("08", false));

        published.Should().BeEquivalentTo(new { RegionCode = "08", Published = true });
        published.PublishedSince!.Value.Offset.Should().Be(TimeSpan.FromHours(-5), "dates are Lima's");
        again.PublishedSince!.Value.Should().BeCloseTo(published.PublishedSince.Value, TimeSpan.FromMilliseconds(1), "publishing again keeps the first date (as stored: microseconds)");
        withdrawn.Should().Be(new RankingPublication("08", false, null));
        (await app.Query(db => db.AuditTrail.Where(a => a.EntityType == "Region").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()))
            .TakeLast(2).Should().Equal([AuditAction.RankingPublished, AuditAction.RankingWithdrawn], "publishing again changes nothing, so it is not recorded");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_public_ranking_carries_only_its_figures_and_nothing_personal(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var approved = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "acta-firmada-por-jperez.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(approved.Id, "approve", null, null));
        var observed = await app.SendAs(TestUsers.SantiagoManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "foto-serenazgo.pdf", ubigeo: TestUsers.Santiago));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(observed.Id, "observe", "La foto no muestra el GPS del patrullero", null));
        var training = await TrainingTests.CreateTraining(app);
        await app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training,
            new AttendeeRow("41234567", "Ana Quispe", TestUsers.Wanchaq, Position.Sereno, "ana@example.pe", "984000111", AttendanceStatus.Attended, 6)));
        await app.SendAs(TestUsers.CuscoSecretariat, new PublishRanking("08", true));

        var ranking = await app.SendAs(null, new GetPublicRanking("08", TestCatalogue.Year));

        ranking.RegionName.Should().Be("Cusco");
        ranking.Municipalities.Should().HaveCount(116);
        ranking.Municipalities[0].Should().BeEquivalentTo(new { Rank = 1, Ubigeo = TestUsers.Wanchaq, Score = 40, MaxScore = 100, Status = ComplianceStatus.OnTrack, PeopleTrained = 1 });
        ranking.Municipalities.Skip(1).Should().OnlyContain(m => m.Rank == 2, "equal scores share a rank");
        ranking.CutOff.Offset.Should().Be(TimeSpan.FromHours(-5));
        var json = JsonSerializer.Serialize(ranking, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { EnumJson.Converter() } });
        json.Should().NotContainAny("@", "41234567", "Ana Quispe", "984000111", "jperez", "foto-serenazgo", "GPS del patrullero", "test-");
        PropertiesOf<PublicRanking>().Should().BeEquivalentTo("RegionCode", "RegionName", "Year", "CutOff", "PublishedSince", "Municipalities");
        PropertiesOf<PublicMunicipality>().Should().BeEquivalentTo("Rank", "Ubigeo", "Name", "Province", "Status", "Score", "MaxScore", "Execution", "PeopleTrained");
        PropertiesOf<PublishedRegion>().Should().BeEquivalentTo("Code", "Name", "PublishedSince");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_unpublished_region_answers_exactly_as_an_unknown_one(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await app.SendAsAdmin(new PublishRanking("08", false)); // the demo may publish it

        var unpublished = await FluentActions.Invoking(() => app.SendAs(null, new GetPublicRanking("08", 2026))).Should().ThrowAsync<NotFoundException>();
        var unknown = await FluentActions.Invoking(() => app.SendAs(null, new GetPublicRanking("99", 2026))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Invoking(() => app.SendAs(null, new ExportPublicRanking("08", 2026))).Should().ThrowAsync<NotFoundException>();

        unpublished.Which.Message.Replace("08", "99", StringComparison.Ordinal).Should().Be(unknown.Which.Message);
        (await app.SendAs(null, new ListPublishedRegions())).Should().BeEmpty();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Figures_are_kept_five_minutes_but_a_withdrawal_takes_effect_at_once(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        await app.SendAs(TestUsers.CuscoSecretariat, new PublishRanking("08", false)); // from a withdrawal, whatever the demo did
        await app.SendAs(TestUsers.CuscoSecretariat, new PublishRanking("08", true));
        var first = await app.SendAs(null, new GetPublicRanking("08", TestCatalogue.Year));
        var submitted = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(submitted.Id, "approve", null, null));

        var cached = await app.SendAs(null, new GetPublicRanking("08", TestCatalogue.Year));
        app.Clock.Advance(PublicRankingCache.Lifetime);
        var recomputed = await app.SendAs(null, new GetPublicRanking("08", TestCatalogue.Year));
        (await app.SendAs(null, new ListPublishedRegions())).Select(r => r.Code).Should().Equal("08");
        await app.SendAs(TestUsers.CuscoSecretariat, new PublishRanking("08", false));

        cached.Should().BeSameAs(first, "within five minutes the ranking is not computed again");
        recomputed.CutOff.Should().BeAfter(first.CutOff);
        recomputed.Municipalities.Single(m => m.Ubigeo == TestUsers.Wanchaq).Score.Should().Be(40);
        await FluentActions.Invoking(() => app.SendAs(null, new GetPublicRanking("08", TestCatalogue.Year))).Should().ThrowAsync<NotFoundException>();
        (await app.SendAs(null, new ListPublishedRegions())).Should().BeEmpty();
    }

    private static IEnumerable<string> PropertiesOf<T>() => typeof(T).GetProperties().Select(p => p.Name);
}
