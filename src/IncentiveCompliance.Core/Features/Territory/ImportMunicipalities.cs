using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>
/// Imports INEI's ubigeo directory: all or nothing. Regions and provinces are created or renamed as the
/// file says; the counts are of municipalities. Importing the same file twice changes nothing.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record ImportMunicipalities(Stream? Content) : IRequest<ImportMunicipalitiesResult>
{
    public const long MaxBytes = 20L * 1024 * 1024;
}

public sealed class ImportMunicipalitiesValidator : AbstractValidator<ImportMunicipalities>
{
    public ImportMunicipalitiesValidator()
    {
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file").WithMessage("Adjunte el archivo del directorio de ubigeos (no vacío).");
    }
}

public sealed record ImportMunicipalitiesResult(int Created, int Updated, int Unchanged);

internal sealed class ImportMunicipalitiesHandler(AppDbContext db) : IRequestHandler<ImportMunicipalities, ImportMunicipalitiesResult>
{
    public async Task<ImportMunicipalitiesResult> Handle(ImportMunicipalities request, CancellationToken cancellationToken)
    {
        var entries = UbigeoDirectory.Parse(await ReadWithin(request.Content!, ImportMunicipalities.MaxBytes, cancellationToken));

        var regionNames = UbigeoDirectory.RegionNames(entries);
        var provinceNames = UbigeoDirectory.ProvinceNames(entries);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Ubigeo, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var entry in entries)
        {
            var regionCode = Ubigeo.RegionOf(entry.Ubigeo);
            if (!regions.TryGetValue(regionCode, out var region))
            {
                regions[regionCode] = region = new Region(regionCode, regionNames[regionCode]);
                db.Regions.Add(region);
            }

            region.Name = regionNames[regionCode];

            var provinceCode = Ubigeo.ProvinceOf(entry.Ubigeo);
            if (!provinces.TryGetValue(provinceCode, out var province))
            {
                provinces[provinceCode] = province = new Province(provinceCode, provinceNames[provinceCode]);
                db.Provinces.Add(province);
            }

            province.Name = provinceNames[provinceCode];
            if (!municipalities.TryGetValue(entry.Ubigeo, out var municipality))
            {
                db.Municipalities.Add(new Municipality(entry.Ubigeo, entry.District));
                created++;
            }
            else if (municipality.Name != entry.District)
            {
                municipality.Rename(entry.District);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportMunicipalitiesResult(created, updated, unchanged);
    }

    private static async Task<byte[]> ReadWithin(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new PayloadTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
