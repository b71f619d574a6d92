using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>
/// One requirement of a year as one municipality works on it: what it asks, the municipality's target, and its
/// submissions («avances») so far, the newest first. What the requirement page shows, in three queries.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager)] // not the budget officer: security evidence is not theirs to read
public sealed record GetRequirementProgress(string Ubigeo, int Year, string RequirementCode) : IRequest<RequirementProgress>, IMunicipalityScoped;

/// <param name="Target">The indicator's minimum for the municipality's PI type; none without a type or a target.</param>
public sealed record RequirementProgress(
    string Ubigeo,
    string Municipality,
    string? PiType,
    int Year,
    RequirementView Requirement,
    decimal? Target,
    IReadOnlyList<ProgressEntry> Submissions);

public sealed record ProgressEntry(Guid Id, SubmissionStatus Status, DateTime CreatedAt, string? ReviewReason);

public sealed class GetRequirementProgressValidator : AbstractValidator<GetRequirementProgress>
{
    public GetRequirementProgressValidator()
    {
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.");
        RuleFor(x => x.Year).ValidYear();
        RuleFor(x => x.RequirementCode).NotEmpty().MaximumLength(20);
    }
}

internal sealed class GetRequirementProgressHandler(AppDbContext db) : IRequestHandler<GetRequirementProgress, RequirementProgress>
{
    public async Task<RequirementProgress> Handle(GetRequirementProgress request, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.Where(m => m.Ubigeo == request.Ubigeo).Select(m => new { m.Name, m.PiType })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la municipalidad", request.Ubigeo);
        var requirement = await db.Requirements.AsNoTracking().SingleOrDefaultAsync(r => r.Year == request.Year && r.Code == request.RequirementCode, cancellationToken)
            ?? throw new NotFoundException($"el requisito del año {request.Year}", request.RequirementCode);
        var view = RequirementView.Of(requirement);

        IReadOnlyList<ProgressEntry> submissions = [];
        if (requirement.AppliesToType(municipality.PiType)) // as in the municipality's compliance: a requirement not of its PI type has no item, so no history
        {
            submissions = (await db.Submissions.AsNoTracking()
                    .Where(s => s.Ubigeo == request.Ubigeo && s.RequirementId == requirement.Id)
                    .OrderByDescending(s => s.CreatedAt)
                    .Select(s => new { s.Id, s.Status, s.CreatedAt, s.ReviewReason })
                    .ToListAsync(cancellationToken))
                .Select(s => new ProgressEntry(s.Id, s.Status, s.CreatedAt, s.ReviewReason))
                .ToList();
        }

        return new RequirementProgress(request.Ubigeo, municipality.Name, municipality.PiType, request.Year, view,
            municipality.PiType is { } type ? view.Targets.GetValueOrDefault(type) : null, submissions);
    }
}
