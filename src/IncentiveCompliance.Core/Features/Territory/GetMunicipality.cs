using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record GetMunicipality(string Ubigeo) : IRequest<MunicipalityDetails>, IMunicipalityScoped;

public sealed record MunicipalityDetails(
    string Ubigeo,
    string Name,
    string Province,
    string RegionCode,
    string Region,
    MunicipalityKind Kind,
    string? PiType,
    string? ExecutingUnitCode,
    int Version);

public sealed class GetMunicipalityValidator : AbstractValidator<GetMunicipality>
{
    public GetMunicipalityValidator()
    {
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.");
    }
}

internal sealed class GetMunicipalityHandler(AppDbContext db) : IRequestHandler<GetMunicipality, MunicipalityDetails>
{
    public Task<MunicipalityDetails> Handle(GetMunicipality request, CancellationToken cancellationToken) =>
        db.MunicipalityDetailsAsync(request.Ubigeo, cancellationToken);
}

/// <summary>A municipality as reading it and saving it answer.</summary>
internal static class MunicipalityDetailsQuery
{
    public static async Task<MunicipalityDetails> MunicipalityDetailsAsync(this AppDbContext db, string ubigeo, CancellationToken cancellationToken)
    {
        var region = Ubigeo.RegionOf(ubigeo);
        return await db.Municipalities
            .Where(m => m.Ubigeo == ubigeo)
            .Select(m => new MunicipalityDetails(
                m.Ubigeo,
                m.Name,
                m.Province.Name,
                region,
                db.Regions.Where(r => r.Code == region).Select(r => r.Name).First(),
                m.Kind,
                m.PiType,
                m.ExecutingUnitCode,
                m.Version))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la municipalidad", ubigeo);
    }
}
