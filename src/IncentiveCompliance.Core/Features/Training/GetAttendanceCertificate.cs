using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>
/// A one-page PDF attendance certificate ("constancia de asistencia") for a person who attended a training, asked for
/// by the attendee's id: a DNI is personal data (Ley 29733) and stays out of URLs, logs and file names.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetAttendanceCertificate(Guid TrainingEventId, Guid AttendeeId) : IRequest<CertificateFile>, ITrainingEventScoped;

public sealed record CertificateFile(string FileName, byte[] Content);

/// <summary>What a certificate says.</summary>
public sealed record AttendanceCertificate(
    Guid AttendanceId, string FullName, string Dni, Position Position, string Municipality, MunicipalityKind Kind, string Region,
    string Title, string Topics, DateOnly Date, decimal Hours, Modality Modality, string Organiser, DateOnly IssuedOn);

/// <summary>Prints a certificate to PDF.</summary>
public interface IAttendanceCertificatePrinter
{
    Task<byte[]> PrintAsync(AttendanceCertificate certificate, CancellationToken cancellationToken);
}

internal sealed class GetAttendanceCertificateHandler(AppDbContext db, IAttendanceCertificatePrinter printer, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetAttendanceCertificate, CertificateFile>
{
    public async Task<CertificateFile> Handle(GetAttendanceCertificate request, CancellationToken cancellationToken)
    {
        var training = await db.TrainingEvents.AsNoTracking().SingleAsync(e => e.Id == request.TrainingEventId, cancellationToken);
        var attendance = await db.Attendance.AsNoTracking().SingleOrDefaultAsync(a => a.TrainingEventId == training.Id && a.Id == request.AttendeeId, cancellationToken)
            ?? throw new NotFoundException("la persona en esta capacitación", request.AttendeeId);
        if (attendance.Status != AttendanceStatus.Attended)
        {
            throw new ConflictException("Solo reciben constancia quienes asistieron a la capacitación.");
        }

        var municipality = await db.Municipalities.AsNoTracking().SingleAsync(m => m.Ubigeo == attendance.Ubigeo, cancellationToken);
        var region = await db.Regions.Where(r => r.Code == training.RegionCode).Select(r => r.Name).SingleAsync(cancellationToken);
        var certificate = new AttendanceCertificate(attendance.Id, attendance.FullName, attendance.Dni, attendance.Position, municipality.Name, municipality.Kind,
            region, training.Title, training.Topics, training.Date, training.Hours, training.Modality, training.Organiser, Domain.Calendar.LimaTime.Today(clock));
        audit.Record(AuditAction.CertificateDownloaded, "TrainingEvent", training.Id.ToString(), null, null, new { Attendee = attendance.Id, Dni = Dni.Masked(attendance.Dni) }, training.RegionCode);
        await db.SaveChangesAsync(cancellationToken); // personal data went out: who took it is on record
        return new CertificateFile($"constancia-{training.Date:yyyyMMdd}-{attendance.Id.ToString("N")[..8]}.pdf", await printer.PrintAsync(certificate, cancellationToken));
    }
}
