using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>
/// Per municipality of a region in a year: how many people attended its trainings, which positions they cover, and
/// whether it is covered: someone attended a training linked to each training requirement that the year's trainings
/// in the region satisfy (with no such link: someone attended at all).
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetTrainingCoverage(string RegionCode, int Year) : IRequest<IReadOnlyList<CoverageRow>>, IRegionScoped;

public sealed class GetTrainingCoverageValidator : AbstractValidator<GetTrainingCoverage>
{
    public GetTrainingCoverageValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record CoverageRow(string Ubigeo, string Name, int PeopleTrained, IReadOnlyList<string> PositionsCovered, bool Covered);

/// <summary>The trainings a municipality's staff attended in a year: names and positions, no DNI or contact data.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record GetMunicipalityTrainings(string Ubigeo, int Year) : IRequest<IReadOnlyList<MunicipalityTraining>>, IMunicipalityScoped;

public sealed class GetMunicipalityTrainingsValidator : AbstractValidator<GetMunicipalityTrainings>
{
    public GetMunicipalityTrainingsValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record MunicipalityTraining(string Title, DateOnly Date, decimal Hours, string Modality, IReadOnlyList<TrainedPerson> People);

public sealed record TrainedPerson(string FullName, string Position, string Status);

internal sealed class TrainingCoverageHandlers(AppDbContext db)
    : IRequestHandler<GetTrainingCoverage, IReadOnlyList<CoverageRow>>, IRequestHandler<GetMunicipalityTrainings, IReadOnlyList<MunicipalityTraining>>
{
    public async Task<IReadOnlyList<CoverageRow>> Handle(GetTrainingCoverage request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var events = await db.TrainingEvents.AsNoTracking().Where(e => e.RegionCode == request.RegionCode && e.Date >= from && e.Date <= to)
            .Select(e => new { e.Id, e.RequirementCodes }).ToListAsync(cancellationToken);
        var eventIds = events.Select(e => e.Id).ToList();
        var attended = await db.Attendance.AsNoTracking()
            .Where(a => eventIds.Contains(a.TrainingEventId) && a.Status == AttendanceStatus.Attended)
            .Select(a => new { a.TrainingEventId, a.Ubigeo, a.Dni, a.Position }).ToListAsync(cancellationToken);
        var linked = events.SelectMany(e => e.RequirementCodes.Select(code => (code, e.Id)))
            .GroupBy(x => x.code, x => x.Id).ToDictionary(g => g.Key, g => g.ToHashSet());
        var municipalities = await db.Municipalities.Where(m => m.ProvinceCode.StartsWith(request.RegionCode)).OrderBy(m => m.Ubigeo)
            .Select(m => new { m.Ubigeo, m.Name }).ToListAsync(cancellationToken);
        var byMunicipality = attended.ToLookup(a => a.Ubigeo);
        return municipalities.Select(m =>
        {
            var people = byMunicipality[m.Ubigeo].ToList();
            var covered = linked.Count == 0
                ? people.Count > 0
                : linked.Values.All(ids => people.Any(p => ids.Contains(p.TrainingEventId)));
            return new CoverageRow(m.Ubigeo, m.Name, people.Select(p => p.Dni).Distinct().Count(),
                people.Select(p => p.Position).Distinct().Order().Select(ApiNames.Of).ToList(), covered);
        }).ToList();
    }

    public async Task<IReadOnlyList<MunicipalityTraining>> Handle(GetMunicipalityTrainings request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var rows = await db.Attendance.AsNoTracking()
            .Where(a => a.Ubigeo == request.Ubigeo)
            .Join(db.TrainingEvents.Where(e => e.Date >= from && e.Date <= to), a => a.TrainingEventId, e => e.Id,
                (a, e) => new { e.Id, e.Title, e.Date, e.Hours, e.Modality, a.FullName, a.Position, a.Status })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id).OrderByDescending(g => g.First().Date)
            .Select(g => new MunicipalityTraining(g.First().Title, g.First().Date, g.First().Hours, ApiNames.Of(g.First().Modality),
                g.OrderBy(p => p.FullName).Select(p => new TrainedPerson(p.FullName, ApiNames.Of(p.Position), ApiNames.Of(p.Status))).ToList()))
            .ToList();
    }
}
