using FluentAssertions;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Calendar;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Compliance;

public sealed class RegionComplianceTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_region_dashboard_counts_every_municipality_and_item(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var approved = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(approved.Id, "approve", null, null));
        await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("I1", TestFiles.Csv, "km.csv", value: 75));
        var observed = await app.SendAs(TestUsers.SantiagoManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf", ubigeo: TestUsers.Santiago));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(observed.Id, "observe", "Ilegible", null));

        var region = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionCompliance("08", TestCatalogue.Year));

        region.Municipalities.Should().HaveCount(116);
        region.Municipalities.Single(m => m.Ubigeo == TestUsers.Wanchaq).Should().BeEquivalentTo(new { Score = 40, MaxScore = 100, Approved = 1, Observed = 0, Missing = 1, Status = ComplianceStatus.OnTrack });
        region.Municipalities.Single(m => m.Ubigeo == TestUsers.Santiago).Should().BeEquivalentTo(new { Score = 0, Observed = 1, Status = ComplianceStatus.AtRisk });
        region.Totals.Should().BeEquivalentTo(new { Municipalities = 116, Met = 0, OnTrack = 115, AtRisk = 1, NotMet = 0, PendingReview = 1, PendingObservations = 1, OverdueItems = 0 });
        region.Totals.AverageScore.Should().Be(Math.Round(40 / 116.0, 1));
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Once_the_due_date_passes_an_item_without_approval_is_overdue(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var approved = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(approved.Id, "approve", null, null));

        app.Clock.Advance(TimeSpan.FromDays(29));
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionCompliance("08", TestCatalogue.Year))).Totals.OverdueItems.Should().Be(0, "M1 and I1 fall due in 30 days");

        app.Clock.Advance(TimeSpan.FromDays(2));
        var region = await app.SendAs(TestUsers.CuscoSecretariat, new GetRegionCompliance("08", TestCatalogue.Year));
        region.Totals.OverdueItems.Should().Be(116 * 2 - 1, "every municipality's M1 and I1 but Wanchaq's approved M1");
        var wanchaq = await app.SendAs(TestUsers.WanchaqManager, new GetMunicipalityCompliance(TestUsers.Wanchaq, TestCatalogue.Year));
        wanchaq.Items.Select(i => (i.RequirementCode, i.State)).Should().BeEquivalentTo([("M1", ItemState.Approved), ("I1", ItemState.Overdue), ("T1", ItemState.NotSubmitted)]);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_matrix_has_a_column_per_requirement_and_a_row_per_municipality(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));

        var table = await app.SendAs(TestUsers.CuscoSecretariat, new ExportComplianceMatrix("08", TestCatalogue.Year));

        // Requirements in due-date order, then by code.
        table.Headers.Should().Equal("ubigeo", "municipalidad", "provincia", "tipo_pi", "puntaje", "puntaje_maximo", "estado", "I1", "M1", "T1");
        var rows = await table.Rows.ToListAsync(TestContext.Current.CancellationToken);
        rows.Should().HaveCount(116);
        rows.Single(r => (string)r[0]! == TestUsers.Wanchaq).Skip(7).Should().Equal(ItemState.NotSubmitted, ItemState.Submitted, ItemState.NotSubmitted);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Region_views_stay_inside_the_region(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));

        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetRegionCompliance("08", TestCatalogue.Year))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new GetRegionCompliance("08", TestCatalogue.Year))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new ListAuditTrail("08"))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new GetMunicipalityCompliance(TestUsers.Wanchaq, TestCatalogue.Year))).Should().ThrowAsync<ForbiddenException>();
        (await app.SendAs(TestUsers.Admin, new ListAuditTrail("15", Limit: PageSize.Max))).Items.Should().NotContain(a => a.Ubigeo != null, "Lima has no municipality changes");
        (await app.SendAs(TestUsers.CuscoSecretariat, new ListReviewQueue("08", Limit: PageSize.Max))).Items.Should().ContainSingle().Which.Ubigeo.Should().Be(TestUsers.Wanchaq);
        (await app.SendAs(TestUsers.CuscoSecretariat, new ListReviewQueue("08", "0802", Limit: PageSize.Max))).Items.Should().BeEmpty();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_decreed_non_working_day_moves_the_default_correction_deadline(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var first = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));
        var second = await app.SendAs(TestUsers.SantiagoManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf", ubigeo: TestUsers.Santiago));
        var before = (await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(first.Id, "observe", "x", null))).CorrectionDueDate!.Value;

        // The government decrees the first working day of the period non-working.
        var decreed = Enumerable.Range(1, 10).Select(d => TestCatalogue.Today.AddDays(d))
            .First(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d <= before);
        var holidays = (await app.SendAsAdmin(new ListHolidays(decreed.Year, Limit: PageSize.Max))).Items;
        Assert.SkipWhen(holidays.Any(h => h.Date == decreed), "that day is a national holiday already");
        await app.SendAsAdmin(new AddHoliday(decreed, "Día no laborable decretado"));
        var after = (await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(second.Id, "observe", "x", null))).CorrectionDueDate!.Value;

        after.Should().BeAfter(before);
        (await app.SendAsAdmin(new ListHolidays(decreed.Year, Limit: PageSize.Max))).Items.Should().Contain(new HolidayView(decreed, "Día no laborable decretado"));
        await app.SendAsAdmin(new RemoveHoliday(decreed));
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new AddHoliday(decreed, "x"))).Should().ThrowAsync<ForbiddenException>();
    }
}
