using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>A region's trainings of a year, newest first (by date, then id), with how many registered and attended.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListTrainingEvents(string RegionCode, int Year, int Limit = PageSize.Default, string? Cursor = null)
    : IRequest<Page<TrainingSummary>>, IRegionScoped, IPagedRequest
{
    internal static readonly PageCursor<Before> Cursors = new("trainings");

    internal sealed record Before(DateOnly Date, Guid Id);
}

public sealed class ListTrainingEventsValidator : AbstractValidator<ListTrainingEvents>
{
    public ListTrainingEventsValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Domain.Territory.Ubigeo.RegionPattern).WithMessage("Indique la región (2 dígitos).");
        RuleFor(x => x.Year).ValidYear();
        this.ValidPage(ListTrainingEvents.Cursors);
    }
}

public sealed record TrainingSummary(Guid Id, string Title, DateOnly Date, decimal Hours, Modality Modality, string Place, int Registered, int Attended);

internal sealed class ListTrainingEventsHandler(AppDbContext db) : IRequestHandler<ListTrainingEvents, Page<TrainingSummary>>
{
    public async Task<Page<TrainingSummary>> Handle(ListTrainingEvents request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var before = ListTrainingEvents.Cursors.After(request);
        var (date, id) = (before?.Date, before?.Id ?? Guid.Empty);
        var rows = await db.TrainingEvents.AsNoTracking()
            .Where(e => e.RegionCode == request.RegionCode && e.Date >= from && e.Date <= to)
            .Where(e => date == null || e.Date < date || (e.Date == date && e.Id.CompareTo(id) < 0))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Select(e => new
            {
                e.Id, e.Title, e.Date, e.Hours, e.Modality, e.Place,
                Registered = e.Attendance.Count,
                Attended = e.Attendance.Count(a => a.Status == AttendanceStatus.Attended),
            })
            .ToPageAsync(request, ListTrainingEvents.Cursors, e => new ListTrainingEvents.Before(e.Date, e.Id), cancellationToken);
        return rows.Map(e => new TrainingSummary(e.Id, e.Title, e.Date, e.Hours, e.Modality, e.Place, e.Registered, e.Attended));
    }
}
