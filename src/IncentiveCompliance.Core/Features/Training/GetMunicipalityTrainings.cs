using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>
/// The trainings a municipality's staff attended in a year, newest first (by date, then id): names and positions, no DNI or
/// contact data. A page holds whole trainings, each with all of the municipality's people.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record GetMunicipalityTrainings(string Ubigeo, int Year, int Limit = PageSize.Default, string? Cursor = null)
    : IRequest<Page<MunicipalityTraining>>, IMunicipalityScoped, IPagedRequest
{
    internal static readonly PageCursor<Before> Cursors = new("municipality-trainings");

    internal sealed record Before(DateOnly Date, Guid Id);
}

public sealed class GetMunicipalityTrainingsValidator : AbstractValidator<GetMunicipalityTrainings>
{
    public GetMunicipalityTrainingsValidator()
    {
        RuleFor(x => x.Year).ValidYear();
        this.ValidPage(GetMunicipalityTrainings.Cursors);
    }
}

public sealed record MunicipalityTraining(string Title, DateOnly Date, decimal Hours, Modality Modality, IReadOnlyList<TrainedPerson> People);

public sealed record TrainedPerson(string FullName, Position Position, AttendanceStatus Status);

internal sealed class GetMunicipalityTrainingsHandler(AppDbContext db) : IRequestHandler<GetMunicipalityTrainings, Page<MunicipalityTraining>>
{
    public async Task<Page<MunicipalityTraining>> Handle(GetMunicipalityTrainings request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var before = GetMunicipalityTrainings.Cursors.After(request);
        var (date, id) = (before?.Date, before?.Id ?? Guid.Empty);
        var events = await db.TrainingEvents.AsNoTracking()
            .Where(e => e.Date >= from && e.Date <= to && e.Attendance.Any(a => a.Ubigeo == request.Ubigeo))
            .Where(e => date == null || e.Date < date || (e.Date == date && e.Id.CompareTo(id) < 0))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.Date, e.Hours, e.Modality })
            .ToPageAsync(request, GetMunicipalityTrainings.Cursors, e => new GetMunicipalityTrainings.Before(e.Date, e.Id), cancellationToken);
        var ids = events.Items.Select(e => e.Id).ToList();
        var people = (await db.Attendance.AsNoTracking()
                .Where(a => a.Ubigeo == request.Ubigeo && ids.Contains(a.TrainingEventId))
                .Select(a => new { a.TrainingEventId, a.FullName, a.Position, a.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.TrainingEventId);
        return events.Map(e => new MunicipalityTraining(e.Title, e.Date, e.Hours, e.Modality,
            people[e.Id].OrderBy(p => p.FullName, PeruFormat.Alphabetical).Select(p => new TrainedPerson(p.FullName, p.Position, p.Status)).ToList()));
    }
}
