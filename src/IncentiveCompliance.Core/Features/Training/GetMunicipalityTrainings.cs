using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>The trainings a municipality's staff attended in a year: names and positions, no DNI or contact data.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record GetMunicipalityTrainings(string Ubigeo, int Year) : IRequest<IReadOnlyList<MunicipalityTraining>>, IMunicipalityScoped;

public sealed class GetMunicipalityTrainingsValidator : AbstractValidator<GetMunicipalityTrainings>
{
    public GetMunicipalityTrainingsValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record MunicipalityTraining(string Title, DateOnly Date, decimal Hours, Modality Modality, IReadOnlyList<TrainedPerson> People);

public sealed record TrainedPerson(string FullName, Position Position, AttendanceStatus Status);

internal sealed class GetMunicipalityTrainingsHandler(AppDbContext db) : IRequestHandler<GetMunicipalityTrainings, IReadOnlyList<MunicipalityTraining>>
{
    public async Task<IReadOnlyList<MunicipalityTraining>> Handle(GetMunicipalityTrainings request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var rows = await db.Attendance.AsNoTracking()
            .Where(a => a.Ubigeo == request.Ubigeo)
            .Join(db.TrainingEvents.Where(e => e.Date >= from && e.Date <= to), a => a.TrainingEventId, e => e.Id,
                (a, e) => new { e.Id, e.Title, e.Date, e.Hours, e.Modality, a.FullName, a.Position, a.Status })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id).OrderByDescending(g => g.First().Date)
            .Select(g => new MunicipalityTraining(g.First().Title, g.First().Date, g.First().Hours, g.First().Modality,
                g.OrderBy(p => p.FullName, PeruFormat.Alphabetical).Select(p => new TrainedPerson(p.FullName, p.Position, p.Status)).ToList()))
            .ToList();
    }
}
