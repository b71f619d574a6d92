using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>A region's trainings of a year, newest first, with how many registered and attended.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListTrainingEvents(string RegionCode, int Year) : IRequest<IReadOnlyList<TrainingSummary>>, IRegionScoped;

public sealed class ListTrainingEventsValidator : AbstractValidator<ListTrainingEvents>
{
    public ListTrainingEventsValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Domain.Territory.Ubigeo.RegionPattern).WithMessage("Indique la región (2 dígitos).");
        RuleFor(x => x.Year).ValidYear();
    }
}

public sealed record TrainingSummary(Guid Id, string Title, DateOnly Date, decimal Hours, Modality Modality, string Place, int Registered, int Attended);

internal sealed class ListTrainingEventsHandler(AppDbContext db) : IRequestHandler<ListTrainingEvents, IReadOnlyList<TrainingSummary>>
{
    public async Task<IReadOnlyList<TrainingSummary>> Handle(ListTrainingEvents request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var rows = await db.TrainingEvents.AsNoTracking()
            .Where(e => e.RegionCode == request.RegionCode && e.Date >= from && e.Date <= to)
            .OrderByDescending(e => e.Date)
            .Select(e => new
            {
                e.Id, e.Title, e.Date, e.Hours, e.Modality, e.Place,
                Registered = e.Attendance.Count,
                Attended = e.Attendance.Count(a => a.Status == AttendanceStatus.Attended),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(e => new TrainingSummary(e.Id, e.Title, e.Date, e.Hours, e.Modality, e.Place, e.Registered, e.Attended)).ToList();
    }
}
