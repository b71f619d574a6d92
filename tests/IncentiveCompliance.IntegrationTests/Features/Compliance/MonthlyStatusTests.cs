using System.Text.Json.Nodes;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Compliance;

/// <summary>The month-end record: one row per municipality and month, the month's last run standing.</summary>
public sealed class MonthlyStatusTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Each_run_keeps_one_row_per_municipality_and_month_with_the_latest_status(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        // Mid-June of the test catalogue's year, in Lima, with everything falling due in December: every municipality is on track.
        app.Clock.SetUtcNow(new DateTimeOffset(Year, 6, 15, 17, 0, 0, TimeSpan.Zero));
        await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(DueInDecember(TestCatalogue.Json()))));

        await app.SendAsAdmin(new RecordMonthlyStatuses());
        await app.SendAsAdmin(new RecordMonthlyStatuses());
        var june = await Rows(app, 6);

        june.Should().HaveCount(116, "running twice leaves one row per municipality").And.OnlyContain(r => r.Year == Year && r.Status == ComplianceStatus.OnTrack && r.Score == 0);

        var sent = await app.SendAs(TestUsers.WanchaqManager, new SubmitProgress(TestUsers.Wanchaq, Year, "M1", "Acta firmada", null, null, null,
            new DateOnly(Year, 6, 10), [new EvidenceUpload("acta.pdf", new MemoryStream(TestFiles.Pdf))], Draft: false));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(sent.Id, "observe", "Falta la firma.", null));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.SendAsAdmin(new RecordMonthlyStatuses());
        var rerun = await Rows(app, 6);

        rerun.Should().HaveCount(116);
        rerun.Single(r => r.Ubigeo == TestUsers.Wanchaq).Should().BeEquivalentTo(new { Status = ComplianceStatus.AtRisk, Score = 0 }, "a later run of the month overwrites");
        rerun.Single(r => r.Ubigeo == TestUsers.Wanchaq).RecordedAt.Should().BeAfter(june.Single(r => r.Ubigeo == TestUsers.Wanchaq).RecordedAt);

        app.Clock.SetUtcNow(new DateTimeOffset(Year, 7, 2, 4, 0, 0, TimeSpan.Zero)); // still 1 July in Lima
        await app.SendAsAdmin(new RecordMonthlyStatuses());

        (await Rows(app, 7)).Should().HaveCount(116, "a new month starts new rows");
        (await Rows(app, 6)).Single(r => r.Ubigeo == TestUsers.Wanchaq).Status.Should().Be(ComplianceStatus.AtRisk, "June's figure stays June's");
    }

    private static int Year => TestCatalogue.Year;

    /// <summary>The test catalogue with every requirement falling due on 1 December of its year.</summary>
    private static string DueInDecember(string json)
    {
        var catalogue = JsonNode.Parse(json)!;
        foreach (var requirement in catalogue["commitments"]![0]!["requirements"]!.AsArray())
        {
            requirement!["dueDate"] = $"{Year}-12-01";
        }

        return catalogue.ToJsonString();
    }

    private static Task<List<MonthlyStatus>> Rows(AppServices app, int month) =>
        app.Query(db => db.MonthlyStatuses.AsNoTracking().Where(m => m.Year == Year && m.Month == month).ToListAsync());
}
