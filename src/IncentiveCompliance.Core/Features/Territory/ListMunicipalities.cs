using System.Globalization;
using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>The municipalities of a region by ubigeo, optionally filtered by a search on name, province or ubigeo.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record ListMunicipalities(string RegionCode, string? Search = null, int Limit = PageSize.Default, string? Cursor = null)
    : IRequest<Page<MunicipalitySummary>>, IRegionScoped, IPagedRequest
{
    internal static readonly PageCursor<After> Cursors = new("municipalities");

    internal sealed record After(string Ubigeo);
}

public sealed record MunicipalitySummary(string Ubigeo, string Name, string Province, MunicipalityKind Kind, string? PiType);

public sealed class ListMunicipalitiesValidator : AbstractValidator<ListMunicipalities>
{
    public ListMunicipalitiesValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Search).MaximumLength(100);
        this.ValidPage(ListMunicipalities.Cursors);
    }
}

internal sealed class ListMunicipalitiesHandler(AppDbContext db)
    : IRequestHandler<ListMunicipalities, Page<MunicipalitySummary>>
{
    private static readonly CompareInfo Spanish = CultureInfo.GetCultureInfo("es-PE").CompareInfo;

    public async Task<Page<MunicipalitySummary>> Handle(ListMunicipalities request, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == request.RegionCode, cancellationToken))
        {
            throw new NotFoundException("la región", request.RegionCode);
        }

        var after = ListMunicipalities.Cursors.After(request)?.Ubigeo;
        var rows = db.Municipalities
            .Where(m => m.ProvinceCode.StartsWith(request.RegionCode))
            .Where(m => after == null || m.Ubigeo.CompareTo(after) > 0)
            .OrderBy(m => m.Ubigeo)
            .Select(m => new MunicipalitySummary(m.Ubigeo, m.Name, m.Province.Name, m.Kind, m.PiType));
        var search = request.Search?.Trim();
        if (string.IsNullOrEmpty(search))
        {
            return await rows.ToPageAsync(request, ListMunicipalities.Cursors, KeyOf, cancellationToken);
        }

        // A region has at most a few hundred municipalities: filter here so that accents and case
        // are ignored the same way on every database ("wanchaq" finds "Wanchaq", "mara" finds "Maras").
        var matching = (await rows.ToListAsync(cancellationToken))
            .Where(m => Matches(m.Name, search) || Matches(m.Province, search) || m.Ubigeo.StartsWith(search, StringComparison.Ordinal))
            .Take(request.Limit + 1)
            .ToList();
        return Page.Of(matching, request.Limit, m => ListMunicipalities.Cursors.Encode(KeyOf(m)));
    }

    private static ListMunicipalities.After KeyOf(MunicipalitySummary m) => new(m.Ubigeo);

    private static bool Matches(string text, string search) =>
        Spanish.IndexOf(text, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
