using System.Text;
using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Audit;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Infrastructure.Exports;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Training;

public sealed class TrainingTests(PostgresServer postgres)
{
    private const string Header = "DNI;Nombres y apellidos;Ubigeo;Cargo;Asistió";

    private static readonly string Sheet = string.Join("\n",
        Header,
        "41234567;Ana Quispe Huamán;080108;Gerente de seguridad ciudadana;sí",
        "41234568;Luis Mamani Ccori;080108;Gerente de presupuesto;sí",
        "41234569;Rosa Condori;080106;Responsable del compromiso;no",
        "4123;DNI corto;080108;Sereno;sí",
        "41234570;Municipalidad inventada;089999;Sereno;sí",
        "41234571;De Lima;150101;Sereno;sí",
        "41234567;Ana repetida;080108;Sereno;sí",
        "");

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_sheet_saves_its_good_rows_and_reports_each_bad_one(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app);

        var result = await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv(Sheet)));

        result.Created.Should().Be(3);
        result.Rejected.Should().Equal(
            new RowError(5, "el DNI «4123» no tiene 8 dígitos"),
            new RowError(6, "el ubigeo 089999 no es una municipalidad registrada"),
            new RowError(7, "la municipalidad 150101 no es de la región 08"),
            new RowError(8, "el DNI 4****567 ya está en la línea 2"));
        var details = await app.SendAs(TestUsers.CuscoSecretariat, new GetTrainingEvent(training));
        details.Attendance.Select(a => (a.Dni, a.Position, a.Status)).Should().BeEquivalentTo(new[]
        {
            ("41234567", Position.SecurityManager, AttendanceStatus.Attended),
            ("41234568", Position.BudgetManager, AttendanceStatus.Attended),
            ("41234569", Position.CommitmentOfficer, AttendanceStatus.Absent),
        });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Uploading_the_corrected_sheet_again_adds_no_one_twice(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app);
        await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv(Sheet)));

        var corrected = Sheet.Replace("4123;DNI corto", "41234572;DNI corregido").Replace("41234569;Rosa Condori;080106;Responsable del compromiso;no", "41234569;Rosa Condori;080106;Responsable del compromiso;sí");
        var again = await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv(corrected)));

        again.Created.Should().Be(1);
        again.Updated.Should().Be(3);
        again.Rejected.Select(r => r.Row).Should().Equal(6, 7, 8);
        (await app.Query(db => db.Attendance.CountAsync())).Should().Be(4);
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetTrainingEvent(training))).Attendance.Single(a => a.Dni == "41234569").Status.Should().Be(AttendanceStatus.Attended);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_excel_sheet_reads_like_the_csv(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app);
        var rows = Sheet.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
        var xlsx = new MemoryStream();
        await XlsxExport.WriteAsync(new Table("asistencia", rows[0], rows.Skip(1).Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()).ToList()), xlsx, TestContext.Current.CancellationToken);

        var result = await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, new MemoryStream(xlsx.ToArray())));

        result.Created.Should().Be(3);
        result.Rejected.Select(r => r.Row).Should().Equal(5, 6, 7, 8);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Attending_a_linked_training_meets_the_training_requirement_once(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app, requirementCodes: ["T1"]);

        await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv(Sheet)));
        await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv(Sheet)));

        var wanchaq = await app.SendAs(TestUsers.WanchaqManager, new GetMunicipalityCompliance(TestUsers.Wanchaq, TestCatalogue.Year));
        var santiago = await app.SendAs(TestUsers.SantiagoManager, new GetMunicipalityCompliance(TestUsers.Santiago, TestCatalogue.Year));
        wanchaq.Items.Single(i => i.RequirementCode == "T1").Should().BeEquivalentTo(new { State = ItemState.Approved, PointsEarned = 20 });
        wanchaq.Score.Should().Be(20);
        santiago.Items.Single(i => i.RequirementCode == "T1").State.Should().Be(ItemState.NotSubmitted, "Santiago's only participant was absent");
        (await app.Query(db => db.Submissions.CountAsync(s => s.TrainingEventId == training))).Should().Be(1);
        var trail = (await app.SendAs(TestUsers.CuscoSecretariat, new ListAuditTrail("08", TestUsers.Wanchaq, Limit: PageSize.Max))).Items;
        trail.Should().ContainSingle(a => a.Action == AuditAction.SubmissionApprovedByTraining);
        trail.Where(a => a.Action == AuditAction.AttendanceRecorded).Should().NotContain(a => a.After!.Contains("41234567"), "DNIs are masked in the trail")
            .And.Contain(a => a.After!.Contains("4****567"));
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Naming_a_requirement_later_meets_it_for_those_who_attended(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app);
        await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv(Sheet)));

        await app.SendAs(TestUsers.CuscoSecretariat, new UpdateTrainingEvent(training, Fields(["T1"]) with { Modality = "in_person", TargetPositions = ["security_manager"] }));

        (await app.SendAs(TestUsers.WanchaqManager, new GetMunicipalityCompliance(TestUsers.Wanchaq, TestCatalogue.Year))).Items.Single(i => i.RequirementCode == "T1").State.Should().Be(ItemState.Approved);
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetTrainingEvent(training))).Should().BeEquivalentTo(new { Modality = Modality.InPerson, TargetPositions = new[] { Position.SecurityManager }, RequirementCodes = new[] { "T1" } });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Registering_someone_again_keeps_the_details_not_given(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app);
        await app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training, new AttendeeRow("41234567", "Ana Quispe", TestUsers.Wanchaq, Position.Sereno, "ana@example.pe", "984000111", AttendanceStatus.Registered, 3)));

        var again = await app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training, new AttendeeRow("41234567", "Ana Quispe Huamán", TestUsers.Wanchaq, Position.Sereno, null, null, AttendanceStatus.Attended, null)));

        again.Updated.Should().Be(1);
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetTrainingEvent(training))).Attendance.Single()
            .Should().BeEquivalentTo(new { FullName = "Ana Quispe Huamán", Email = "ana@example.pe", Phone = "984000111", HoursAttended = 3m, Status = AttendanceStatus.Attended });
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Coverage_counts_people_and_positions_per_municipality(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app, requirementCodes: ["T1"]);
        await app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv(Sheet)));
        await app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training,
            new AttendeeRow("41234580", "Carlos Huillca", "080101", Position.Sereno, "carlos@example.pe", null, AttendanceStatus.Attended, 4)));

        var coverage = await app.SendAs(TestUsers.CuscoSecretariat, new GetTrainingCoverage("08", TestCatalogue.Year));

        coverage.Should().HaveCount(116);
        coverage.Single(c => c.Ubigeo == TestUsers.Wanchaq).Should().BeEquivalentTo(new CoverageRow(TestUsers.Wanchaq, "Wanchaq", 2, [Position.SecurityManager, Position.BudgetManager], true));
        coverage.Single(c => c.Ubigeo == TestUsers.Santiago).Should().BeEquivalentTo(new { PeopleTrained = 0, Covered = false });
        coverage.Single(c => c.Ubigeo == "080101").Should().BeEquivalentTo(new { PeopleTrained = 1, Covered = true });
        coverage.Count(c => c.Covered).Should().Be(2);
        var history = (await app.SendAs(TestUsers.WanchaqBudget, new GetMunicipalityTrainings(TestUsers.Wanchaq, TestCatalogue.Year, Limit: PageSize.Max))).Items;
        history.Should().ContainSingle().Which.People.Select(p => p.FullName).Should().Equal("Ana Quispe Huamán", "Luis Mamani Ccori");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Personal_data_stays_with_the_regions_secretariat(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app);

        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetTrainingEvent(training))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new ImportAttendance(training, Csv(Sheet)))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new GetTrainingEvent(training))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new GetTrainingCoverage("08", TestCatalogue.Year))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new GetMunicipalityTrainings(TestUsers.Wanchaq, TestCatalogue.Year))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new CreateTrainingEvent("08", Fields()))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new GetTrainingEvent(Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
        (await app.SendAs(TestUsers.CuscoSecretariat, new ListAuditTrail("08", Limit: PageSize.Max))).Items.Should().Contain(a => a.Action == AuditAction.TrainingCreated);
        (await app.SendAs(TestUsers.LimaSecretariat, new ListAuditTrail("15", Limit: PageSize.Max))).Items.Should().NotContain(a => a.EntityType == "TrainingEvent", "Cusco's trainings are Cusco's");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Events_and_attendees_are_validated(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await CreateTraining(app);

        (await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new CreateTrainingEvent("08", Fields() with { Title = "", Hours = 0, Modality = "mixta" })))
            .Should().ThrowAsync<ValidationException>()).Which.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo("Fields.Title", "Fields.Hours", "Fields.Modality");
        (await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new CreateTrainingEvent("08", Fields(["M1"]))))
            .Should().ThrowAsync<ValidationException>()).Which.Errors.Single().PropertyName.Should().Be("requirementCodes");
        (await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training,
                new AttendeeRow("12", "X", TestUsers.Wanchaq, Position.Other, null, null, AttendanceStatus.Attended, null))))
            .Should().ThrowAsync<ValidationException>()).Which.Errors.Single().ErrorMessage.Should().Be("El DNI «12» no tiene 8 dígitos.");
        (await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, Csv("DNI;Nombre\n41234567;Ana\n"))))
            .Should().ThrowAsync<ValidationException>()).Which.Errors.Single().ErrorMessage.Should().Be("Faltan columnas en la cabecera: ubigeo, cargo, asistio.");
        (await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new ImportAttendance(training, new MemoryStream(TestFiles.Pdf))))
            .Should().ThrowAsync<ValidationException>()).Which.Errors.Single().PropertyName.Should().Be("file");
    }

    internal static async Task<Guid> CreateTraining(AppServices app, string[]? requirementCodes = null) =>
        await app.SendAs(TestUsers.CuscoSecretariat, new CreateTrainingEvent("08", Fields(requirementCodes ?? [])));

    internal static TrainingEventFields Fields(string[]? requirementCodes = null) => new(
        "Compromiso de seguridad ciudadana y PP 0030", "Compromiso 2026, SINASEC, PP 0030", new DateOnly(TestCatalogue.Year, 3, 12), 6, "presencial",
        "Auditorio del Gobierno Regional Cusco", "Secretaría Técnica del CORESEC Cusco", ["SecurityManager", "CommitmentOfficer", "BudgetManager"], requirementCodes ?? []);

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
}
