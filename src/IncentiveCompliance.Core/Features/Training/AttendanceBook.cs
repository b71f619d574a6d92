using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>
/// Records attendance (one row per person and event: a second sheet updates, never duplicates) and its effect on
/// compliance: a municipality with someone who attended a training linked to a training requirement has that item
/// approved, with the training as evidence and an entry in the audit trail. DNIs are masked in the trail.
/// </summary>
internal sealed class AttendanceBook(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<(int Created, int Updated)> RecordAsync(TrainingEvent training, IReadOnlyList<AttendeeRow> rows, CancellationToken cancellationToken)
    {
        var dnis = rows.Select(r => r.Dni).ToList();
        var existing = await db.Attendance.Where(a => a.TrainingEventId == training.Id && dnis.Contains(a.Dni)).ToDictionaryAsync(a => a.Dni, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Dni, out var attendance))
            {
                attendance = new Attendance { Dni = row.Dni, FullName = row.FullName, Ubigeo = row.Ubigeo };
                training.Attendance.Add(attendance);
                db.Attendance.Add(attendance); // its key is set already: say it is new, or EF takes it for an existing row
                created++;
            }
            else
            {
                updated++;
            }

            // Optional details not given this time are kept from before.
            (attendance.FullName, attendance.Ubigeo, attendance.Position, attendance.Status) = (row.FullName, row.Ubigeo, row.Position, row.Status);
            attendance.Email = row.Email ?? attendance.Email;
            attendance.Phone = row.Phone ?? attendance.Phone;
            attendance.HoursAttended = row.HoursAttended ?? attendance.HoursAttended;
            audit.Record(AuditAction.AttendanceRecorded, "TrainingEvent", training.Id.ToString(), row.Ubigeo, null,
                new { Dni = Dni.Masked(row.Dni), Position = row.Position.ToString(), Status = row.Status.ToString() });
        }

        await MeetTrainingRequirements(training, rows.Where(r => r.Status == AttendanceStatus.Attended).Select(r => r.Ubigeo).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return (created, updated);
    }

    /// <summary>After a training's requirements change: the municipalities whose people attended it meet the ones it names now.</summary>
    public async Task MeetTrainingRequirementsAsync(TrainingEvent training, CancellationToken cancellationToken)
    {
        var attended = await db.Attendance.Where(a => a.TrainingEventId == training.Id && a.Status == AttendanceStatus.Attended)
            .Select(a => a.Ubigeo).Distinct().ToListAsync(cancellationToken);
        await MeetTrainingRequirements(training, attended.ToHashSet(StringComparer.Ordinal), cancellationToken);
    }

    private async Task MeetTrainingRequirements(TrainingEvent training, HashSet<string> attendedFrom, CancellationToken cancellationToken)
    {
        var codes = training.RequirementCodes;
        if (codes.Count == 0 || attendedFrom.Count == 0)
        {
            return;
        }

        var requirements = await db.Requirements.Where(r => r.Year == training.Date.Year && r.Kind == RequirementKind.Training && codes.Contains(r.Code))
            .ToListAsync(cancellationToken);
        var requirementIds = requirements.Select(r => r.Id).ToList();
        var approved = (await db.Submissions
                .Where(s => requirementIds.Contains(s.RequirementId) && attendedFrom.Contains(s.Ubigeo) && s.Status == SubmissionStatus.Approved)
                .Select(s => new { s.Ubigeo, s.RequirementId }).ToListAsync(cancellationToken))
            .Select(s => (s.Ubigeo, s.RequirementId)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var ubigeo in attendedFrom)
        {
            foreach (var requirement in requirements.Where(r => !approved.Contains((ubigeo, r.Id))))
            {
                var submission = Submission.FromTraining(ubigeo, requirement.Id, training.Id,
                    $"Asistencia a «{training.Title}» del {training.Date:dd/MM/yyyy}.", now);
                db.Submissions.Add(submission);
                audit.Record(AuditAction.SubmissionApprovedByTraining, "Submission", submission.Id.ToString(), ubigeo, null,
                    new { Requirement = requirement.Code, Training = training.Title, TrainingId = training.Id });
            }
        }
    }

    /// <summary>The training and the ubigeos of its region, whose people may attend.</summary>
    public async Task<(TrainingEvent Training, IReadOnlySet<string> Ubigeos)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var training = await db.TrainingEvents.SingleAsync(e => e.Id == id, cancellationToken);
        var ubigeos = await db.Municipalities.Where(m => m.ProvinceCode.StartsWith(training.RegionCode)).Select(m => m.Ubigeo).ToListAsync(cancellationToken);
        return (training, ubigeos.ToHashSet(StringComparer.Ordinal));
    }
}
