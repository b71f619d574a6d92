using System.Text.Json.Serialization;
using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>Every municipality of a region with its PP 0030 execution and review status, and the region's totals.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetRegionBudget(string RegionCode, int Year) : IRequest<RegionBudget>, IRegionScoped;

public sealed class GetRegionBudgetValidator : AbstractValidator<GetRegionBudget>
{
    public GetRegionBudgetValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record RegionBudget(string RegionCode, string Name, int Year, int MonthsOver, IReadOnlyList<RegionBudgetRow> Municipalities, BudgetTotals Totals);

/// <summary>
/// A municipality's totals; how many of the months already over its budget officer reviewed; whether devengado is
/// behind the expected pace at the last month over, and the latest justification written.
/// </summary>
public sealed record RegionBudgetRow(string Ubigeo, string Name, string Province, decimal Pia, decimal Pim, decimal Certificado, decimal ComprometidoAnual,
    decimal Devengado, decimal Girado, [property: JsonPropertyName("avance")] decimal? Execution, int MonthsReviewed, bool BehindPace, string? LatestJustification);

internal sealed class GetRegionBudgetHandler(AppDbContext db, BudgetPace pace, TimeProvider clock) : IRequestHandler<GetRegionBudget, RegionBudget>
{
    public async Task<RegionBudget> Handle(GetRegionBudget request, CancellationToken cancellationToken)
    {
        var region = await db.Regions.Where(r => r.Code == request.RegionCode).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la región", request.RegionCode);
        var (rows, totals) = await BudgetByMunicipality.LoadAsync(db, pace, request.Year, MonthsOver(request.Year), request.RegionCode, cancellationToken);
        return new RegionBudget(request.RegionCode, region, request.Year, MonthsOver(request.Year), rows, totals);
    }

    private int MonthsOver(int year) => BudgetTotals.MonthsOver(year, clock);
}

/// <summary>The region's rows, shared by the page, the API, the export and the compliance report.</summary>
internal static class BudgetByMunicipality
{
    public static async Task<(IReadOnlyList<RegionBudgetRow> Rows, BudgetTotals Totals)> LoadAsync(
        AppDbContext db, BudgetPace pace, int year, int monthsOver, string regionCode, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.Where(m => m.ProvinceCode.StartsWith(regionCode)).OrderBy(m => m.Ubigeo)
            .Select(m => new { m.Ubigeo, m.Name, Province = m.Province.Name }).ToListAsync(cancellationToken);
        var lines = (await db.BudgetLines.AsNoTracking().Where(l => l.Year == year && l.Ubigeo.StartsWith(regionCode)).ToListAsync(cancellationToken))
            .ToLookup(l => l.Ubigeo);
        var reviews = (await db.BudgetReviews.AsNoTracking().Where(r => r.Year == year && r.Ubigeo.StartsWith(regionCode)).ToListAsync(cancellationToken))
            .ToLookup(r => r.Ubigeo);
        var rows = municipalities.Select(m =>
        {
            var own = lines[m.Ubigeo].ToList();
            var t = BudgetTotals.Of(own);
            var devengadoToDate = own.Where(l => l.Month >= 1 && l.Month <= monthsOver).Sum(l => l.Devengado);
            var reviewed = reviews[m.Ubigeo].Where(r => r.Month <= monthsOver).ToList();
            return new RegionBudgetRow(m.Ubigeo, m.Name, m.Province, t.Pia, t.Pim, t.Certificado, t.ComprometidoAnual, t.Devengado, t.Girado, t.Execution,
                reviewed.Count, own.Count > 0 && monthsOver > 0 && pace.IsBehind(monthsOver, t.Pim, devengadoToDate),
                reviewed.Where(r => r.Justification != null).MaxBy(r => r.Month)?.Justification);
        }).ToList();
        return (rows, BudgetTotals.Of(lines.SelectMany(g => g)));
    }
}
