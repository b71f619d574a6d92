using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Reports;

/// <summary>The regional compliance report, generated as the scheduler does and read back with poppler.</summary>
public sealed class ComplianceReportTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_report_names_every_municipality_and_repeats_the_dashboards_totals(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var sent = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "acta.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(sent.Id, "observe", "Falta la firma del alcalde.", null));

        var id = await app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", TestCatalogue.Year));
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetComplianceReport(id))).Status.Should().Be(JobStatus.Queued);
        await app.RunQueuedJobsAsync();

        var status = await app.SendAs(TestUsers.CuscoSecretariat, new GetComplianceReport(id));
        var file = await app.SendAs(TestUsers.CuscoSecretariat, new GetComplianceReportFile(id));
        var pdf = await ReadAllAsync(file.Content);
        status.Should().BeEquivalentTo(new { Status = JobStatus.Succeeded, Region = "08", RequestedBy = "test@example.pe", Error = (string?)null });
        status.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        status.Pages.Should().Be(await PdfText.PagesAsync(pdf)).And.BeGreaterThan(3);

        var text = Flat(await PdfText.TextAsync(pdf));
        var label = id.ToString("N")[..12].ToUpperInvariant();
        Regex.Count(text, $"Reporte {label} · Página \\d+ de {status.Pages}").Should().Be(status.Pages, "every page carries the identifier and its number");
        text.Should().Contain("Cusco").And.Contain("Falta la firma del alcalde.");
        var compliance = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionCompliance("08", TestCatalogue.Year));
        compliance.Municipalities.Select(m => m.Name).Should().OnlyContain(name => text.Contains(name, StringComparison.Ordinal));
        var totals = compliance.Totals;
        text.Should().Contain($"Situación de las {totals.Municipalities} municipalidades de la región al {TestCatalogue.Today:dd/MM/yyyy}: " +
            $"cumplen {totals.Met}, en camino {totals.OnTrack}, en riesgo {totals.AtRisk} y no cumplen {totals.NotMet}. Quedan {totals.PendingObservations} " +
            $"observaciones por subsanar, {totals.OverdueItems} ítems vencidos y {totals.PendingReview} avances por revisar.");
        totals.PendingObservations.Should().Be(1, "the report is tested on a region with an observation pending");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Without_Chromium_the_report_fails_saying_what_to_install_and_a_retry_works_once_it_is_there(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true,
            settings: new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = "/nonexistent/chromium" });
        var id = await app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", 2026));
        await app.RunQueuedJobsAsync();
        var failed = await app.SendAs(TestUsers.CuscoSecretariat, new GetComplianceReport(id));
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new GetComplianceReportFile(id))).Should().ThrowAsync<ConflictException>();

        ((IConfigurationRoot)app.Root.GetRequiredService<IConfiguration>())["Pdf:ChromiumPath"] = "/usr/bin/chromium";
        await app.SendAs(TestUsers.CuscoSecretariat, new RetryComplianceReport(id));
        await app.RunQueuedJobsAsync();

        failed.Status.Should().Be(JobStatus.Failed);
        failed.Error.Should().Contain("apt-get install chromium");
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetComplianceReport(id))).Should().BeEquivalentTo(new { Status = JobStatus.Succeeded, Error = (string?)null });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_region_has_a_small_quota_of_reports_waiting_and_gets_room_back_as_they_finish(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var queued = new List<Guid>();
        for (var i = 0; i < RegionWorkLimit.Default.PerRegion; i++)
        {
            queued.Add(await app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", 2026)));
        }

        var refused = await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", 2026)))
            .Should().ThrowAsync<TooManyAttemptsException>();
        refused.Which.Message.Should().Contain("Ya hay 3 reportes de esta región en cola");
        app.Jobs.Count.Should().Be(RegionWorkLimit.Default.PerRegion, "nothing was queued for the refused one");

        await app.Query(db => db.ComplianceReports.Where(r => r.Id == queued[0]).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, JobStatus.Failed)));
        (await app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", 2026))).Should().NotBeEmpty("a finished one frees its place");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_same_data_prints_the_same_content(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var first = await app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", 2026));
        var second = await app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", 2026));
        await app.RunQueuedJobsAsync();

        var texts = new List<string>();
        foreach (var id in new[] { first, second })
        {
            var text = await PdfText.TextAsync(await ReadAllAsync((await app.SendAs(TestUsers.CuscoSecretariat, new GetComplianceReportFile(id))).Content));
            // What differs between two runs is only the identifier and the generation time (and, as the identifier's
            // glyphs differ in width, the spacing pdftotext's layout puts around it).
            texts.Add(Regex.Replace(Flat(text).Replace(id.ToString("N")[..12].ToUpperInvariant(), "ID", StringComparison.Ordinal), @"\d\d/\d\d/\d{4} \d\d:\d\d", "FECHA"));
        }

        texts[1].Should().Be(texts[0]);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Reports_are_requested_and_read_only_by_their_regions_secretariat_and_administrators(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        var id = await app.SendAs(TestUsers.CuscoSecretariat, new RequestComplianceReport("08", 2026));

        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new RequestComplianceReport("08", 2026))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new RequestComplianceReport("08", 2026))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetComplianceReport(id))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetComplianceReportFile(id))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, new ListComplianceReports("08"))).Should().ThrowAsync<ForbiddenException>();
        (await app.SendAs(TestUsers.Admin, new ListComplianceReports("08", Limit: PageSize.Max))).Items.Should().ContainSingle(r => r.Id == id);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_schedule_in_words_is_checked_saved_and_handed_to_the_scheduler_and_a_firing_run_twice_makes_one_report(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);

        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "daily", null, null, 7)))
            .Should().ThrowAsync<ValidationException>("never more often than daily");
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "monthly", 31, null, 7)))
            .Should().ThrowAsync<ValidationException>("a day every month has");
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "weekly", null, "lunes", 7)))
            .Should().ThrowAsync<ValidationException>();
        var saved = await app.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "monthly", 1, null, 7));
        var scheduled = app.Jobs.Schedules["report-08"];
        await app.SendAsAdmin(scheduled.Request);
        await app.SendAsAdmin(scheduled.Request); // the same firing again: a retry, a crash, a second node
        await app.RunQueuedJobsAsync();
        await app.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "weekly", null, "friday", 18));
        var weekly = app.Jobs.Schedules["report-08"].Cron;
        await app.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "off", null, null, null));

        saved.Should().BeEquivalentTo(new { Frequency = ReportFrequency.Monthly, DayOfMonth = 1, Hour = 7, Enabled = true, UpdatedBy = "test@example.pe" });
        scheduled.Cron.Should().Be("0 7 1 * *");
        weekly.Should().Be("0 18 * * 5");
        (await app.SendAs(TestUsers.CuscoSecretariat, new ListComplianceReports("08", Limit: PageSize.Max))).Items.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { RequestedBy = "programado", Status = JobStatus.Succeeded });
        app.Jobs.Schedules.Should().NotContainKey("report-08", "a schedule turned off is taken off the scheduler");
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetReportSchedule("08"))).Should().BeEquivalentTo(
            new { Frequency = ReportFrequency.Off, Enabled = false, DayOfWeek = DayOfWeek.Friday, Hour = 18 }, "turned off, it keeps its day and hour");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_schedule_fires_once_per_Lima_day_and_again_the_next_day(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await app.SendAs(TestUsers.CuscoSecretariat, new SaveReportSchedule("08", "weekly", null, "monday", 7));
        var firing = app.Jobs.Schedules["report-08"].Request;
        app.Clock.SetUtcNow(new DateTimeOffset(TestCatalogue.Today.AddDays(1), new TimeOnly(17, 0), TimeSpan.Zero)); // noon in Lima, tomorrow

        await app.SendAsAdmin(firing);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.SendAsAdmin(firing);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.SendAsAdmin(firing);

        var days = await app.Query(db => db.ComplianceReports.Where(r => r.RegionCode == "08").Select(r => r.ScheduledFor).ToListAsync());
        days.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        days.Max()!.Value.Should().Be(days.Min()!.Value.AddDays(1));
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_municipality_gets_its_one_page_compliance_sheet(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);

        var sheet = await app.SendAs(TestUsers.WanchaqManager, new GetMunicipalitySheet(TestUsers.Wanchaq, TestCatalogue.Year));

        (await PdfText.PagesAsync(sheet.Content)).Should().Be(1);
        Flat(await PdfText.TextAsync(sheet.Content)).Should().Contain("Wanchaq").And.Contain("Requisito M1").And.Contain("Requisito T1");
        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new GetMunicipalitySheet(TestUsers.Wanchaq, TestCatalogue.Year)))
            .Should().ThrowAsync<ForbiddenException>();
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private static async Task<byte[]> ReadAllAsync(Stream content)
    {
        await using (content)
        {
            using var memory = new MemoryStream();
            await content.CopyToAsync(memory);
            return memory.ToArray();
        }
    }
}
