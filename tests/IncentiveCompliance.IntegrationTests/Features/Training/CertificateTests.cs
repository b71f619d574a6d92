using FluentAssertions;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Training;

/// <summary>Attendance certificates printed by the server's Chromium and read back with poppler.</summary>
public sealed class CertificateTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_attendee_gets_a_one_page_certificate_that_says_who_attended_what(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await TrainingTests.CreateTraining(app);
        await app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training,
            new AttendeeRow("41234567", "Ana <b>Quispe</b> Huamán", TestUsers.Wanchaq, Position.SecurityManager, null, null, AttendanceStatus.Attended, 6)));

        var attendee = await AttendeeId(app, training, "41234567");
        var certificate = await app.SendAs(TestUsers.CuscoSecretariat, new GetAttendanceCertificate(training, attendee));

        certificate.FileName.Should().Be($"constancia-{TestCatalogue.Year}0312-{attendee.ToString("N")[..8]}.pdf", "no DNI in file names");
        certificate.Content.AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());
        (await PdfText.PagesAsync(certificate.Content)).Should().Be(1);
        var text = string.Join(' ', (await PdfText.TextAsync(certificate.Content)).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        text.Should().Contain("Constancia de asistencia")
            .And.Contain("Ana <b>Quispe</b> Huamán", "names are printed as written, never as markup")
            .And.Contain("DNI 41234567")
            .And.Contain("Municipalidad Distrital de Wanchaq")
            .And.Contain("«Compromiso de seguridad ciudadana y PP 0030»")
            .And.Contain($"12/03/{TestCatalogue.Year}")
            .And.Contain("GOBIERNO REGIONAL CUSCO", "the issuer line is set in capitals");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Only_attendees_get_one_and_only_from_their_regions_secretariat(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var training = await TrainingTests.CreateTraining(app);
        await app.SendAs(TestUsers.CuscoSecretariat, new RegisterAttendee(training,
            new AttendeeRow("41234568", "Luis Mamani", TestUsers.Wanchaq, Position.Sereno, null, null, AttendanceStatus.Absent, null)));

        var absent = await AttendeeId(app, training, "41234568");

        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new GetAttendanceCertificate(training, absent))).Should().ThrowAsync<ConflictException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.CuscoSecretariat, new GetAttendanceCertificate(training, Guid.NewGuid()))).Should().ThrowAsync<NotFoundException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.LimaSecretariat, new GetAttendanceCertificate(training, absent))).Should().ThrowAsync<ForbiddenException>();
        await FluentActions.Invoking(() => app.SendAs(TestUsers.WanchaqManager, new GetAttendanceCertificate(training, absent))).Should().ThrowAsync<ForbiddenException>();
    }

    private static async Task<Guid> AttendeeId(AppServices app, Guid training, string dni) =>
        (await app.SendAs(TestUsers.CuscoSecretariat, new GetTrainingEvent(training))).Attendance.Single(a => a.Dni == dni).Id;
}
