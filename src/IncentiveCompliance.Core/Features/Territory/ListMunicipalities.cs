using System.Globalization;
using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>The municipalities of a region, optionally filtered by a search on name, province or ubigeo.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ListMunicipalities(string RegionCode, string? Search = null)
    : IRequest<IReadOnlyList<MunicipalitySummary>>, IRegionScoped;

public sealed record MunicipalitySummary(string Ubigeo, string Name, string Province, MunicipalityKind Kind, string? PiType);

public sealed class ListMunicipalitiesValidator : AbstractValidator<ListMunicipalities>
{
    public ListMunicipalitiesValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Search).MaximumLength(100);
    }
}

internal sealed class ListMunicipalitiesHandler(AppDbContext db)
    : IRequestHandler<ListMunicipalities, IReadOnlyList<MunicipalitySummary>>
{
    private static readonly CompareInfo Spanish = CultureInfo.GetCultureInfo("es-PE").CompareInfo;

    public async Task<IReadOnlyList<MunicipalitySummary>> Handle(ListMunicipalities request, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == request.RegionCode, cancellationToken))
        {
            throw new NotFoundException("la región", request.RegionCode);
        }

        var rows = await db.Municipalities
            .Where(m => m.ProvinceCode.StartsWith(request.RegionCode))
            .OrderBy(m => m.Ubigeo)
            .Select(m => new MunicipalitySummary(m.Ubigeo, m.Name, m.Province.Name, m.Kind, m.PiType))
            .ToListAsync(cancellationToken);

        // A region has at most a few hundred municipalities: filter here so that accents and case
        // are ignored the same way on every database ("wanchaq" finds "Wanchaq", "mara" finds "Maras").
        var search = request.Search?.Trim();
        return string.IsNullOrEmpty(search)
            ? rows
            : rows.Where(m => Matches(m.Name, search) || Matches(m.Province, search) || m.Ubigeo.StartsWith(search, StringComparison.Ordinal)).ToList();
    }

    private static bool Matches(string text, string search) =>
        Spanish.IndexOf(text, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
