using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.National;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.IntegrationTests.Features.Training;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.National;

public sealed class NationalComplianceTests(PostgresServer postgres)
{
    private const string Lima = "150101";

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Each_region_row_repeats_its_dashboard_budget_and_training_totals(DatabaseProvider provider)
    {
        await using var app = await Filled(provider);

        var national = await app.SendAs(TestUsers.National, new GetNationalCompliance(TestCatalogue.Year));
        var cusco = await app.SendAs(TestUsers.National, new GetRegionCompliance("08", TestCatalogue.Year));
        var budget = await app.SendAs(TestUsers.National, new GetRegionBudget("08", TestCatalogue.Year));
        var coverage = await app.SendAs(TestUsers.National, new GetTrainingCoverage("08", TestCatalogue.Year));

        national.Regions.Select(r => (r.Code, r.Name)).Should().Equal(("08", "Cusco"), ("15", "Lima"));
        national.Regions[0].Should().BeEquivalentTo(new
        {
            cusco.Totals.Municipalities, cusco.Totals.Met, cusco.Totals.OnTrack, cusco.Totals.AtRisk, cusco.Totals.NotMet,
            cusco.Totals.AverageScore, cusco.Totals.PendingReview, budget.Totals.Pim, budget.Totals.Devengado, budget.Totals.Execution,
            PeopleTrained = coverage.Sum(c => c.PeopleTrained),
        });
        national.Regions[0].Should().BeEquivalentTo(new { Municipalities = 116, OnTrack = 115, AtRisk = 1, PendingReview = 1, Pim = 1500.00m, Devengado = 350.55m, Execution = 23.4m, PeopleTrained = 2 });
        national.Regions[1].Should().BeEquivalentTo(new { Municipalities = 2, OnTrack = 2, PendingReview = 1, Pim = 2000.00m, Devengado = 1000.00m, Execution = 50.0m, PeopleTrained = 0 });
        national.Totals.Should().BeEquivalentTo(new
        {
            Name = "Total nacional", Municipalities = 118, Met = 0, OnTrack = 117, AtRisk = 1, NotMet = 0, PendingReview = 2,
            AverageScore = Math.Round(40 / 118.0, 1), Pim = 3500.00m, Devengado = 1350.55m, Execution = 38.6m, PeopleTrained = 2,
        });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_export_has_the_same_rows_and_the_totals_last(DatabaseProvider provider)
    {
        await using var app = await Filled(provider);

        var national = await app.SendAs(TestUsers.National, new GetNationalCompliance(TestCatalogue.Year));
        var table = await app.SendAs(TestUsers.National, new ExportNationalCompliance(TestCatalogue.Year));

        table.Name.Should().Be($"nacional-{TestCatalogue.Year}");
        table.Headers.Should().Equal("codigo", "region", "municipalidades", "cumplen", "en_camino", "en_riesgo", "no_cumplen", "puntaje_promedio",
            "por_revisar", "pim", "devengado", "ejecucion_pp0030", "personas_capacitadas");
        var rows = await table.Rows.ToListAsync(TestContext.Current.CancellationToken);
        rows.Should().BeEquivalentTo(national.Regions.Append(national.Totals).Select(r => new object?[]
        {
            r.Code, r.Name, r.Municipalities, r.Met, r.OnTrack, r.AtRisk, r.NotMet, r.AverageScore, r.PendingReview, r.Pim, r.Devengado, r.Execution, r.PeopleTrained,
        }), o => o.WithStrictOrdering());
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_national_viewer_reads_every_region_and_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await Filled(provider);
        var submission = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("T1", TestFiles.Pdf, "acta.pdf"));
        var file = (await app.SendAsAdmin(new GetSubmission(submission.Id))).Files[0].Id;
        var training = await TrainingTests.CreateTraining(app);

        (await app.SendAs(TestUsers.National, new GetRegionCompliance("15", TestCatalogue.Year))).Totals.Municipalities.Should().Be(2);
        (await app.SendAs(TestUsers.National, new GetMunicipalityCompliance(Lima, TestCatalogue.Year))).Name.Should().Be("Lima");
        (await app.SendAs(TestUsers.National, new ListRegions())).Items.Select(r => r.Code).Should().Equal("08", "15");

        var refused = new Func<Task>[]
        {
            () => app.SendAs(TestUsers.National, new ReviewSubmission(submission.Id, "approve", null, null)),
            () => app.SendAs(TestUsers.National, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf", ubigeo: Lima)),
            () => app.SendAs(TestUsers.National, new GetSubmission(submission.Id)),
            () => app.SendAs(TestUsers.National, new OpenEvidenceFile(submission.Id, file)),
            () => app.SendAs(TestUsers.National, new GetRequirementProgress(TestUsers.Wanchaq, TestCatalogue.Year, "T1")),
            () => app.SendAs(TestUsers.National, new CreateTrainingEvent("08", TrainingTests.Fields())),
            () => app.SendAs(TestUsers.National, new GetTrainingEvent(training)),
            () => app.SendAs(TestUsers.National, new GetMunicipalityTrainings(TestUsers.Wanchaq, TestCatalogue.Year)),
            () => app.SendAs(TestUsers.National, new GetMunicipalityBudget(TestUsers.Wanchaq, TestCatalogue.Year)),
            () => app.SendAs(TestUsers.National, new UpdateMunicipality(Lima, "A", null, 0)),
            () => app.SendAs(TestUsers.National, new Core.Features.Audit.ListAuditTrail("08")),
            () => app.SendAs(TestUsers.National, new Core.Features.Users.ListUsers()),
            () => app.SendAs(TestUsers.National, new Core.Features.Users.CreateUser("otro@demo.pe", "Otro", TestUsers.Passphrase, Core.Common.Security.Roles.NationalViewer, null, null)),
        };
        foreach (var call in refused)
        {
            await call.Should().ThrowAsync<ForbiddenException>();
        }
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_national_viewer_account_has_no_region_and_no_municipality(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true);
        const string email = "dgsc@mininter.gob.pe";

        var withRegion = () => app.SendAsAdmin(new Core.Features.Users.CreateUser(email, "DGSC", TestUsers.Passphrase, Core.Common.Security.Roles.NationalViewer, "08", "080108"));

        (await withRegion.Should().ThrowAsync<FluentValidation.ValidationException>()).Which.Errors.Select(e => e.ErrorMessage).Should().BeEquivalentTo(
            "La consulta nacional abarca todas las regiones: no lleva región.", "La consulta nacional abarca todas las regiones: no lleva municipalidad.");
        var id = await app.SendAsAdmin(new Core.Features.Users.CreateUser(email, "DGSC", TestUsers.Passphrase, Core.Common.Security.Roles.NationalViewer, null, null));
        (await app.SendAsAdmin(new Core.Features.Users.GetUser(id))).Should().BeEquivalentTo(new { Role = Core.Common.Security.Roles.NationalViewer, RegionCode = (string?)null, Ubigeo = (string?)null });
    }

    /// <summary>
    /// The test catalogue, Lima's first two districts beside the demo's Cusco, a submission approved, one observed and one
    /// waiting in Cusco and one waiting in Lima, PP 0030 lines in both regions and two people trained in Cusco.
    /// </summary>
    private async Task<AppServices> Filled(DatabaseProvider provider)
    {
        var app = await AuditLoopTests.Start(provider, postgres);
        const string directory = "departamento;provincia;distrito;ubigeo;capital_legal;categoría;altitud;población;latitud;longitud\n"
            + "Lima;Lima;Lima;150101;Lima;Ciudad;161;268352;-12.0;-77.0\nLima;Lima;Ancón;150102;Ancón;Ciudad;40;62928;-11.7;-77.1\n";
        await app.SendAsAdmin(new ImportMunicipalities(new MemoryStream(Encoding.UTF8.GetBytes(directory))));

        var approved = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(approved.Id, "approve", null, null));
        await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("I1", TestFiles.Csv, "km.csv", value: 75));
        var observed = await app.SendAs(TestUsers.SantiagoManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf", ubigeo: TestUsers.Santiago));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(observed.Id, "observe", "Ilegible", null));
        await app.SendAsAdmin(AuditLoopTests.Submit("M1", TestFiles.Pdf, "a.pdf", ubigeo: Lima));

        await using (app.NewContext(out var db))
        {
            db.BudgetLines.AddRange(
                Line(TestUsers.Wanchaq, 0, pim: 1000m), Line(TestUsers.Wanchaq, 3, devengado: 250.55m),
                Line(TestUsers.Santiago, 0, pim: 500m), Line(TestUsers.Santiago, 2, devengado: 100m),
                Line(Lima, 0, pim: 2000m), Line(Lima, 5, devengado: 1000m));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var training = await TrainingTests.CreateTraining(app);
        foreach (var (dni, name, ubigeo, status) in new[]
        {
            ("41234567", "Ana Quispe", TestUsers.Wanchaq, AttendanceStatus.Attended),
            ("41234568", "Luis Mamani", TestUsers.Wanchaq, AttendanceStatus.Attended),
            ("41234569", "Rosa Huamán", TestUsers.Santiago, AttendanceStatus.Registered),
        })
        {
            await app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training, new AttendeeRow(dni, name, ubigeo, Position.Sereno, null, null, status, null)));
        }

        return app;
    }

    private static BudgetLine Line(string ubigeo, int month, decimal pim = 0m, decimal devengado = 0m) => new()
    {
        Year = TestCatalogue.Year, Ubigeo = ubigeo, Month = month, ExecutingUnit = "300000", ProductCode = "3000355", ProductName = "PATRULLAJE POR SECTOR",
        ActivityCode = "5004156", ActivityName = "PATRULLAJE MUNICIPAL POR SECTOR - SERENAZGO", Pim = pim, Devengado = devengado,
    };
}
