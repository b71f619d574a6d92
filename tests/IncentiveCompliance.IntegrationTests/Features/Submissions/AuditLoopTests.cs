using System.Security.Cryptography;
using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Submissions;

/// <summary>The audit loop on each database: submit with evidence, observe, correct, approve; and what is refused on the way.</summary>
public sealed class AuditLoopTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Submit_observe_correct_approve_moves_the_score(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var wanchaq = TestUsers.WanchaqManager;

        var first = await app.SendAs(wanchaq, Submit("M1", TestFiles.Pdf, "acta.pdf"));
        (await Compliance(app)).Items.Single(i => i.RequirementCode == "M1").State.Should().Be(ItemState.Submitted);
        var observed = await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(first.Id, "observe", "Falta la firma del alcalde.", null));
        var afterObservation = await Compliance(app);
        var second = await app.SendAs(wanchaq, Submit("M1", TestFiles.Pdf, "acta-firmada.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(second.Id, "approve", null, null));
        var final = await Compliance(app);

        first.Status.Should().Be(SubmissionStatus.Submitted);
        observed.Should().BeEquivalentTo(new { Status = SubmissionStatus.Observed });
        observed.CorrectionDueDate.Should().BeAfter(TestCatalogue.Today);
        afterObservation.Items.Single(i => i.RequirementCode == "M1").Should().BeEquivalentTo(new { State = ItemState.Observed, ReviewReason = "Falta la firma del alcalde.", observed.CorrectionDueDate });
        afterObservation.Score.Should().Be(0);
        final.Score.Should().Be(40);
        final.Items.Single(i => i.RequirementCode == "M1").Should().BeEquivalentTo(new { State = ItemState.Approved, PointsEarned = 40 });
        var details = await app.SendAs(wanchaq, new GetSubmission(second.Id));
        details.EarlierSubmissions.Should().ContainSingle().Which.Should().BeEquivalentTo(new { first.Id, Status = SubmissionStatus.Observed, ReviewReason = "Falta la firma del alcalde." });
        details.History.Select(h => h.Action).Should().Equal(AuditAction.EvidenceUploaded, AuditAction.SubmissionSubmitted, AuditAction.SubmissionReviewed);
        details.History.Last().UserEmail.Should().Be("Secretaría Técnica", "a municipality does not see the reviewers' addresses");
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetSubmission(second.Id))).History.Last().UserEmail.Should().Be("test@example.pe");
        var page = await app.SendAs(wanchaq, new GetRequirementProgress(TestUsers.Wanchaq, TestCatalogue.Year, "M1"));
        page.Submissions.Select(x => (x.Id, x.Status)).Should().Equal((second.Id, SubmissionStatus.Approved), (first.Id, SubmissionStatus.Observed));
        page.Should().BeEquivalentTo(new { Year = TestCatalogue.Year, Requirement = new { Code = "M1", Points = 40 } });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Evidence_is_stored_with_its_hash_and_read_back_whole(DatabaseProvider provider)
    {
        await using var app = await Start(provider);

        var created = await app.SendAs(TestUsers.WanchaqManager, Submit("I1", TestFiles.Csv, "km.csv", value: 71.5m));
        var details = await app.SendAs(TestUsers.CuscoSecretariat, new GetSubmission(created.Id));
        var file = details.Files.Should().ContainSingle().Subject;
        var content = await app.SendAs(TestUsers.WanchaqManager, new OpenEvidenceFile(created.Id, file.Id));
        using var read = new MemoryStream();
        await using (content.Content)
        {
            await content.Content.CopyToAsync(read);
        }

        file.Should().BeEquivalentTo(new { FileName = "km.csv", ContentType = "text/csv", Size = (long)TestFiles.Csv.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(TestFiles.Csv)) });
        details.Value.Should().Be(71.5m);
        read.ToArray().Should().Equal(TestFiles.Csv);
        Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "files"), "*", SearchOption.AllDirectories).Should().ContainSingle();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_budget_officer_reads_neither_security_evidence_nor_its_history(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var created = await app.SendAs(TestUsers.WanchaqManager, Submit("I1", TestFiles.Csv, "km.csv", value: 71.5m));
        var fileId = (await app.SendAs(TestUsers.WanchaqManager, new GetSubmission(created.Id))).Files.Single().Id;

        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, new GetSubmission(created.Id))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, new OpenEvidenceFile(created.Id, fileId))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, new GetMunicipalityCompliance(TestUsers.Wanchaq, TestCatalogue.Year))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, new GetRequirementProgress(TestUsers.Wanchaq, TestCatalogue.Year, "I1"))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new GetRequirementProgress(TestUsers.Wanchaq, TestCatalogue.Year, "I1"))).Should().ThrowAsync<ForbiddenException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Nobody_reviews_a_submission_they_registered_administrators_included(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var created = await app.SendAs(TestUsers.Admin, Submit("M1", TestFiles.Pdf, "acta.pdf"), userId: "admin-1");

        await FluentActions.Invoking(() => app.SendAs(TestUsers.Admin, new ReviewSubmission(created.Id, "approve", null, null), userId: "admin-1"))
            .Should().ThrowAsync<ForbiddenException>().WithMessage("*usted registró*");
        (await app.SendAs(TestUsers.Admin, new GetSubmission(created.Id), userId: "admin-1")).RegisteredByCaller.Should().BeTrue("the page hides the review form");
        (await app.SendAs(TestUsers.Admin, new ReviewSubmission(created.Id, "approve", null, null), userId: "admin-2")).Status.Should().Be(SubmissionStatus.Approved);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Files_are_judged_by_content_and_a_refused_upload_leaves_nothing(DatabaseProvider provider)
    {
        await using var app = await Start(provider);

        var executable = () => app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Executable, "acta.pdf"));
        var wrongType = () => app.SendAs(TestUsers.WanchaqManager, Submit("I1", TestFiles.Png, "km.xlsx", value: 80));
        var tooLarge = () => app.SendAs(TestUsers.WanchaqManager, Submit("M1", new byte[SubmitProgress.MaxFileBytes + 1], "grande.pdf"));

        (await executable.Should().ThrowAsync<ValidationException>()).Which.Errors.Single().ErrorMessage.Should().Contain("«acta.pdf» no es un archivo admitido");
        (await wrongType.Should().ThrowAsync<ValidationException>()).Which.Errors.Single().ErrorMessage.Should().Contain("es png");
        await tooLarge.Should().ThrowAsync<PayloadTooLargeException>();
        (await app.Query(db => db.Submissions.CountAsync())).Should().Be(0);
        var evidence = Path.Combine(app.Database.DataDirectory, "files");
        (Directory.Exists(evidence) ? Directory.GetFiles(evidence, "*", SearchOption.AllDirectories) : []).Should().BeEmpty();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Content_rules_speak_to_the_field(DatabaseProvider provider)
    {
        await using var app = await Start(provider);

        async Task<IEnumerable<string>> Errors(SubmitProgress request) =>
            (await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, request)).Should().ThrowAsync<ValidationException>()).Which.Errors.Select(e => e.PropertyName);

        (await Errors(Submit("I1", TestFiles.Csv, "km.csv", value: null))).Should().Equal("value");
        (await Errors(Submit("M1", TestFiles.Pdf, "a.pdf") with { EvidenceDate = TestCatalogue.Today.AddDays(2) })).Should().Equal("evidenceDate");
        (await Errors(Submit("M1", TestFiles.Pdf, "a.pdf") with { Files = [] })).Should().Equal("files");
        (await Errors(Submit("M1", TestFiles.Pdf, "a.pdf") with { PeriodFrom = new DateOnly(2026, 5, 1), PeriodTo = new DateOnly(2026, 4, 1) })).Should().Equal("PeriodTo");
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, Submit("ZZ", TestFiles.Pdf, "a.pdf"))).Should().ThrowAsync<NotFoundException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task One_open_submission_per_item_and_approved_is_final(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var created = await app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "a.pdf"));

        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "b.pdf"))).Should().ThrowAsync<ConflictException>();
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(created.Id, "approve", null, null));
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "c.pdf"))).Should().ThrowAsync<ConflictException>().WithMessage("*aprobado*");
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(created.Id, "reject", "tarde", null))).Should().ThrowAsync<ConflictException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_draft_is_kept_and_sent_later(DatabaseProvider provider)
    {
        await using var app = await Start(provider);

        var empty = await app.SendAs(TestUsers.WanchaqManager, Submit("I1", TestFiles.Csv, "km.csv", value: null) with { Files = [], Draft = true });
        var sendEmpty = () => app.SendAs(TestUsers.WanchaqManager, new SendDraft(empty.Id));

        empty.Status.Should().Be(SubmissionStatus.Draft);
        (await sendEmpty.Should().ThrowAsync<ValidationException>()).Which.Errors.Single().PropertyName.Should().Be("value", "sending checks the content again: an indicator needs its value");
        (await Compliance(app)).Items.Single(i => i.RequirementCode == "I1").State.Should().Be(ItemState.Draft);
        var replacement = await app.SendAs(TestUsers.WanchaqManager, Submit("I1", TestFiles.Csv, "km.csv", value: 71));
        replacement.Status.Should().Be(SubmissionStatus.Submitted, "a new submission replaces the stuck draft");
        (await app.Query(db => db.Submissions.CountAsync())).Should().Be(1);
        var draftWithoutValue = await app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "a.pdf") with { Draft = true });
        (await app.SendAs(TestUsers.WanchaqManager, new SendDraft(draftWithoutValue.Id))).Status.Should().Be(SubmissionStatus.Submitted);

        await using var other = await Start(provider);
        var draft = await other.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "a.pdf") with { Draft = true });
        (await other.SendAs(TestUsers.WanchaqManager, new SendDraft(draft.Id))).Status.Should().Be(SubmissionStatus.Submitted);
        await FluentActions.Invoking(() => other.SendAs(TestUsers.WanchaqManager, new SendDraft(draft.Id))).Should().ThrowAsync<ConflictException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_observation_needs_a_reason_and_its_default_deadline_counts_working_days(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var created = await app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "a.pdf"));

        var noReason = () => app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(created.Id, "observe", " ", null));
        (await noReason.Should().ThrowAsync<ValidationException>()).Which.Errors.Single().PropertyName.Should().Be("Reason");
        foreach (var odd in new[] { "Observe", "1", "approve, reject" })
        {
            (await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(created.Id, odd, null, null)))
                .Should().ThrowAsync<ValidationException>()).Which.Errors.Should().Contain(e => e.PropertyName == "Decision");
        }

        var observed = await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(created.Id, "observe", "Foto sin fecha", null));

        var holidays = Enumerable.Range(TestCatalogue.Today.Year, 2).SelectMany(PeruvianHolidays.For).Select(h => h.Date);
        observed.CorrectionDueDate.Should().Be(new WorkingDayCalendar(holidays).AddWorkingDays(TestCatalogue.Today, 5));
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Two_reviewers_deciding_at_once_only_the_first_counts(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var created = await app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "a.pdf"));

        // Both reviewers loaded the submission while it was waiting; the second saves after the first.
        await using var firstScope = app.NewContext(out var first);
        await using var secondScope = app.NewContext(out var second);
        var mine = await first.Submissions.SingleAsync(s => s.Id == created.Id);
        var theirs = await second.Submissions.SingleAsync(s => s.Id == created.Id);
        mine.Review(ReviewDecision.Approve, null, null, "revisora-1", DateTime.UtcNow);
        theirs.Review(ReviewDecision.Reject, "No corresponde", null, "revisora-2", DateTime.UtcNow);
        await first.SaveChangesAsync();

        await FluentActions.Invoking(() => second.SaveChangesAsync()).Should().ThrowAsync<DbUpdateConcurrencyException>();
        (await app.Query(db => db.Submissions.SingleAsync(s => s.Id == created.Id))).Status.Should().Be(SubmissionStatus.Approved);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Nobody_works_on_another_municipalitys_items(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var created = await app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "a.pdf"));

        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, Submit("M1", TestFiles.Pdf, "a.pdf"))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new GetSubmission(created.Id))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new OpenEvidenceFile(created.Id, Guid.NewGuid()))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new ReviewSubmission(created.Id, "approve", null, null))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new ReviewSubmission(created.Id, "approve", null, null))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqBudget, Submit("M1", TestFiles.Pdf, "a.pdf"))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new GetSubmission(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Two_open_submissions_for_one_item_cannot_both_be_saved(DatabaseProvider provider)
    {
        await using var app = await Start(provider);
        var created = await app.SendAs(TestUsers.WanchaqManager, Submit("M1", TestFiles.Pdf, "a.pdf"));
        var requirementId = await app.Query(db => db.Submissions.Where(s => s.Id == created.Id).Select(s => s.RequirementId).SingleAsync());

        // What a second request racing the first would write, past the handler's own check.
        await using var scope = app.NewContext(out var db);
        db.Submissions.Add(Submission.Start(TestUsers.Wanchaq, requirementId, "otra-pestaña", DateTime.UtcNow, new SubmissionContent("", null, null, null, null)));
        var save = () => db.SaveChangesAsync();

        var refused = (await save.Should().ThrowAsync<DbUpdateException>()).Which;
        IncentiveCompliance.Web.Errors.ErrorMapping.Of(refused)!.Value.Status.Should().Be(409);
    }

    internal static async Task<AppServices> Start(DatabaseProvider provider, PostgresServer postgres)
    {
        var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json())));
        return app;
    }

    internal static SubmitProgress Submit(string code, byte[] file, string name, decimal? value = null, string ubigeo = TestUsers.Wanchaq) =>
        new(ubigeo, TestCatalogue.Year, code, "Avance de prueba", value, null, null, TestCatalogue.Today, [new EvidenceUpload(name, new MemoryStream(file))], Draft: false);

    private Task<AppServices> Start(DatabaseProvider provider) => Start(provider, postgres);

    private static Task<MunicipalityCompliance> Compliance(AppServices app) =>
        app.SendAs(TestUsers.WanchaqManager, new GetMunicipalityCompliance(TestUsers.Wanchaq, TestCatalogue.Year));
}
