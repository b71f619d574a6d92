using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>One region with its counts, as <see cref="ListRegions"/> lists it: for the pages about that region.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record GetRegion(string RegionCode) : IRequest<RegionSummary>, IRegionScoped;

public sealed class GetRegionValidator : AbstractValidator<GetRegion>
{
    public GetRegionValidator() =>
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
}

internal sealed class GetRegionHandler(AppDbContext db) : IRequestHandler<GetRegion, RegionSummary>
{
    public async Task<RegionSummary> Handle(GetRegion request, CancellationToken cancellationToken) =>
        await db.Regions
            .Where(r => r.Code == request.RegionCode)
            .Select(r => new RegionSummary(
                r.Code,
                r.Name,
                r.Provinces.Count,
                r.Provinces.SelectMany(p => p.Municipalities).Count()))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("la región", request.RegionCode);
}
