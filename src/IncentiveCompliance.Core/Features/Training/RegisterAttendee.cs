using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>Registers one person at a training (or updates them: a person is once per event, by DNI).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record RegisterAttendee(Guid TrainingEventId, AttendeeRow Attendee) : IRequest<AttendanceResult>, ITrainingEventScoped;

/// <summary>What a registration or a sheet did: people added, people updated, and the rows refused with their line and why.</summary>
public sealed record AttendanceResult(int Created, int Updated, IReadOnlyList<RowError> Rejected);

internal sealed class RegisterAttendeeHandler(AppDbContext db, AttendanceBook book) : IRequestHandler<RegisterAttendee, AttendanceResult>
{
    public async Task<AttendanceResult> Handle(RegisterAttendee request, CancellationToken cancellationToken)
    {
        var (training, ubigeos) = await book.LoadAsync(request.TrainingEventId, cancellationToken);
        var problem = request.Attendee.Problem(ubigeos, training.RegionCode);
        if (problem is not null)
        {
            throw new ValidationException([new ValidationFailure("attendee", char.ToUpperInvariant(problem[0]) + problem[1..] + ".")]);
        }

        var (created, updated) = await book.RecordAsync(training, [request.Attendee], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new AttendanceResult(created, updated, []);
    }
}
