using FluentValidation;
using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>A training with its attendance sheet, DNIs and contact data included: only for its region's secretariat and administrators.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetTrainingEvent(Guid TrainingEventId) : IRequest<TrainingDetails>, ITrainingEventScoped;

public sealed record TrainingDetails(
    Guid Id, string RegionCode, string Title, string Topics, DateOnly Date, decimal Hours, Modality Modality, string Place, string Organiser,
    IReadOnlyList<Position> TargetPositions, IReadOnlyList<string> RequirementCodes, IReadOnlyList<AttendeeView> Attendance);

public sealed record AttendeeView(Guid Id, string Dni, string FullName, string Ubigeo, string Municipality, Position Position, string? Email, string? Phone, AttendanceStatus Status, decimal? HoursAttended);

internal sealed class GetTrainingEventHandler(AppDbContext db) : IRequestHandler<GetTrainingEvent, TrainingDetails>
{
    public async Task<TrainingDetails> Handle(GetTrainingEvent request, CancellationToken cancellationToken)
    {
        var e = await db.TrainingEvents.AsNoTracking().Include(x => x.Attendance).SingleAsync(x => x.Id == request.TrainingEventId, cancellationToken);
        var ubigeos = e.Attendance.Select(a => a.Ubigeo).Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Municipalities.Where(m => ubigeos.Contains(m.Ubigeo)).ToDictionaryAsync(m => m.Ubigeo, m => m.Name, StringComparer.Ordinal, cancellationToken);
        return new TrainingDetails(e.Id, e.RegionCode, e.Title, e.Topics, e.Date, e.Hours, e.Modality, e.Place, e.Organiser,
            [.. e.TargetPositions], [.. e.RequirementCodes],
            e.Attendance.OrderBy(a => a.Ubigeo, StringComparer.Ordinal).ThenBy(a => a.FullName, PeruFormat.Alphabetical)
                .Select(a => new AttendeeView(a.Id, a.Dni, a.FullName, a.Ubigeo, names[a.Ubigeo], a.Position, a.Email, a.Phone, a.Status, a.HoursAttended))
                .ToList());
    }
}
