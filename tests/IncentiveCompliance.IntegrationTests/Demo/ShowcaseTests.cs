using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Demo;

/// <summary>The showcase (<c>Demo:Showcase</c>) loaded by start-up into an empty database, as <c>./build.sh run</c> does.</summary>
public sealed class ShowcaseTests(PostgresServer postgres)
{
    private const int Year = 2026;

    /// <summary>
    /// The day the showcase is checked on: the demo's 2026 catalogue falls due in December, so on a later day the mix
    /// slides towards «no cumple». The clock is pinned so the test says the same thing whenever it runs.
    /// </summary>
    private static readonly DateTimeOffset Day = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_showcase_holds_Cusco_in_the_middle_of_its_year()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await using var app = await AppServices.StartAsync(database, demo: true, new Dictionary<string, string?> { ["Demo:Showcase"] = "true" }, ownsDatabase: true, now: Day);
        var today = LimaTime.Today(app.Root.GetRequiredService<TimeProvider>());

        var region = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionCompliance("08", Year));
        region.Municipalities.Select(m => m.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<ComplianceStatus>(), "cumple, en camino, en riesgo and no cumple");
        region.Totals.PendingReview.Should().BeInRange(20, 60, "a review queue of a few dozen");

        var latest = await app.Query(db => db.Submissions.AsNoTracking().GroupBy(s => new { s.Ubigeo, s.RequirementId })
            .Select(g => g.OrderByDescending(s => s.CreatedAt).First()).ToListAsync());
        latest.Where(s => s.Status == SubmissionStatus.Observed).Select(s => s.CorrectionDueDate < today).Distinct()
            .Should().BeEquivalentTo([true, false], "observations whose deadline has passed and observations still in time");
        latest.Where(s => s.Status == SubmissionStatus.Observed).Should().OnlyContain(s => !string.IsNullOrEmpty(s.ReviewReason));
        latest.Should().Contain(s => s.Status == SubmissionStatus.Draft).And.Contain(s => s.Status == SubmissionStatus.Rejected);
        latest.Select(s => s.Ubigeo).Distinct().Should().HaveCountLessThan(116, "some municipalities sent nothing");

        var files = await app.Query(db => db.EvidenceFiles.Select(f => f.StorageKey).ToListAsync());
        files.Should().HaveCountGreaterThan(100);
        var store = app.Root.GetRequiredService<IFileStore>();
        foreach (var key in files.Take(3))
        {
            await using var stream = await store.OpenAsync(key, TestContext.Current.CancellationToken);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
            var pdf = copy.ToArray();
            pdf[..5].Should().Equal("%PDF-"u8.ToArray());
            Encoding.Latin1.GetString(pdf).Should().Contain("(Programa de Incentivos 2026").And.EndWith("%%EOF\n");
            if (PdfText.Installed)
            {
                (await PdfText.TextAsync(pdf)).Should().Contain("Programa de Incentivos 2026").And.Contain("ubigeo 08");
            }
        }

        var trainings = await app.Query(db => db.TrainingEvents.Where(t => t.RegionCode == "08").Select(t => t.Id).ToListAsync());
        var attendance = await app.Query(db => db.Attendance.Where(a => a.Status == AttendanceStatus.Attended).Select(a => new { a.Ubigeo, a.Position }).ToListAsync());
        trainings.Should().HaveCount(2);
        attendance.Should().HaveCountGreaterThanOrEqualTo(75).And.HaveCountLessThanOrEqualTo(90);
        attendance.Select(a => a.Ubigeo).Distinct().Should().HaveCountGreaterThanOrEqualTo(40).And.HaveCountLessThan(116, "some municipalities have nobody trained");
        attendance.Select(a => a.Position).Distinct().Should().BeEquivalentTo([Position.SecurityManager, Position.CommitmentOfficer, Position.BudgetManager]);

        var months = await app.Query(db => db.BudgetLines.Where(l => l.Year == Year && l.Month > 0).Select(l => new { l.Ubigeo, l.Month }).Distinct().ToListAsync());
        months.GroupBy(m => m.Ubigeo).Should().HaveCount(116).And.OnlyContain(g => g.Select(m => m.Month).Order().SequenceEqual(Enumerable.Range(1, 10)));
        (await app.Query(db => db.BudgetReviews.Where(r => r.Ubigeo == TestUsers.Wanchaq).Select(r => r.Justification != null).Distinct().ToListAsync()))
            .Should().BeEquivalentTo([true, false], "Wanchaq's months behind the pace are justified, the others only reviewed");
        (await app.Query(db => db.ComplianceReports.CountAsync(r => r.RegionCode == "08" && r.Year == Year))).Should().Be(1);
        (await app.Query(db => db.Notifications.CountAsync(n => n.ReadAt == null
            && db.Users.Any(u => u.Id == n.UserId && u.Email == "seguridad@wanchaq.demo.pe")))).Should().BePositive();

        var history = await app.Query(db => db.MonthlyStatuses.Where(m => m.Year == Year).Select(m => m.Month).ToListAsync());
        history.GroupBy(m => m).Should().OnlyContain(g => g.Count() == 116);
        history.Distinct().Should().BeEquivalentTo(Enumerable.Range(1, today.Month), "the earlier months and this month's record");
        (await app.Query(db => db.MonthlyStatuses.CountAsync(m => m.Year == Year && m.Month == today.Month - 1 && m.Status == ComplianceStatus.Met)))
            .Should().BeLessThan(region.Totals.Met, "some municipalities reached «cumple» this month: the home page has a change to show");
        (await app.Query(db => db.Regions.SingleAsync(r => r.Code == "08"))).RankingPublishedAt.Should().NotBeNull("the showcase publishes Cusco's ranking");
        (await app.Query(db => db.ReportSchedules.CountAsync(s => s.RegionCode == "08" && s.Frequency != Core.Domain.Reports.ReportFrequency.Off))).Should().Be(1);
    }
}
