using FluentValidation;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>
/// A region's provinces by code, for a filter's choices. Whole, not paged: a province code is the region's two digits
/// and two more, so a region has fewer than 100.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record ListProvinces(string RegionCode) : IRequest<IReadOnlyList<ProvinceChoice>>, IRegionScoped;

public sealed record ProvinceChoice(string Code, string Name);

public sealed class ListProvincesValidator : AbstractValidator<ListProvinces>
{
    public ListProvincesValidator() =>
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
}

internal sealed class ListProvincesHandler(AppDbContext db) : IRequestHandler<ListProvinces, IReadOnlyList<ProvinceChoice>>
{
    public async Task<IReadOnlyList<ProvinceChoice>> Handle(ListProvinces request, CancellationToken cancellationToken) =>
        await db.Provinces
            .Where(p => p.RegionCode == request.RegionCode)
            .OrderBy(p => p.Code)
            .Select(p => new ProvinceChoice(p.Code, p.Name))
            .ToListAsync(cancellationToken);
}
