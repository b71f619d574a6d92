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

/// <summary>A municipality's PP 0030 execution in a year: totals, by product, by activity, and month by month against the expected pace, with the budget officer's reviews.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record GetMunicipalityBudget(string Ubigeo, int Year) : IRequest<MunicipalityBudget>, IMunicipalityScoped;

public sealed class GetMunicipalityBudgetValidator : AbstractValidator<GetMunicipalityBudget>
{
    public GetMunicipalityBudgetValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record MunicipalityBudget(
    string Ubigeo,
    string Name,
    int Year,
    decimal Pia,
    decimal Pim,
    decimal Certificado,
    decimal ComprometidoAnual,
    decimal Devengado,
    decimal Girado,
    [property: JsonPropertyName("avance")] decimal? Execution, // the API's published name, as in BudgetTotals
    IReadOnlyList<BudgetBreakdown> ByProduct,
    IReadOnlyList<BudgetBreakdown> ByActivity,
    IReadOnlyList<BudgetMonth> ByMonth,
    DateTime? ImportedAt)
{
    public bool HasFigures => ByProduct.Count > 0;
}

/// <summary>One product or activity (with its product's code).</summary>
public sealed record BudgetBreakdown(string Code, string Name, string? ProductCode, decimal Pia, decimal Pim, decimal Certificado, decimal ComprometidoAnual, decimal Devengado, decimal Girado, [property: JsonPropertyName("avance")] decimal? Execution);

/// <summary>
/// One month: its execution, devengado to date against the expected pace, whether it is over (and so can be reviewed),
/// and the review if there is one.
/// </summary>
public sealed record BudgetMonth(int Month, decimal Certificado, decimal ComprometidoMensual, decimal Devengado, decimal Girado,
    decimal DevengadoToDate, decimal ExpectedToDate, bool BehindPace, bool Over, MonthReview? Review);

public sealed record MonthReview(string ReviewedBy, DateTime ReviewedAt, string? Justification);

internal sealed class GetMunicipalityBudgetHandler(AppDbContext db, BudgetPace pace, TimeProvider clock)
    : IRequestHandler<GetMunicipalityBudget, MunicipalityBudget>
{
    public async Task<MunicipalityBudget> Handle(GetMunicipalityBudget request, CancellationToken cancellationToken)
    {
        var name = await db.Municipalities.Where(m => m.Ubigeo == request.Ubigeo).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("la municipalidad", request.Ubigeo);
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.Year == request.Year && l.Ubigeo == request.Ubigeo).ToListAsync(cancellationToken);
        var reviews = await db.BudgetReviews.AsNoTracking().Where(r => r.Year == request.Year && r.Ubigeo == request.Ubigeo)
            .ToDictionaryAsync(r => r.Month, cancellationToken);
        var importedAt = await db.BudgetImports.Where(i => i.Year == request.Year && i.Status == Domain.Jobs.JobStatus.Succeeded
                && (i.RegionCode == null || request.Ubigeo.StartsWith(i.RegionCode)))
            .OrderByDescending(i => i.FinishedAt).Select(i => i.FinishedAt).FirstOrDefaultAsync(cancellationToken);

        var totals = BudgetTotals.Of(lines);
        var byProduct = lines.GroupBy(l => l.ProductCode).OrderBy(g => g.Key)
            .Select(g => Breakdown(g.Key, g.First().ProductName, null, g)).ToList();
        var byActivity = lines.GroupBy(l => (l.ProductCode, l.ActivityCode)).OrderBy(g => g.Key)
            .Select(g => Breakdown(g.Key.ActivityCode, g.First().ActivityName, g.Key.ProductCode, g)).ToList();
        return new MunicipalityBudget(request.Ubigeo, name, request.Year, totals.Pia, totals.Pim, totals.Certificado, totals.ComprometidoAnual,
            totals.Devengado, totals.Girado, totals.Execution, byProduct, byActivity, Months(lines, totals.Pim, reviews, request.Year), importedAt);
    }

    private static BudgetBreakdown Breakdown(string code, string name, string? productCode, IEnumerable<BudgetLine> lines)
    {
        var t = BudgetTotals.Of(lines);
        return new BudgetBreakdown(code, name, productCode, t.Pia, t.Pim, t.Certificado, t.ComprometidoAnual, t.Devengado, t.Girado, t.Execution);
    }

    private List<BudgetMonth> Months(List<BudgetLine> lines, decimal pim, Dictionary<int, BudgetReview> reviews, int year)
    {
        var over = BudgetTotals.MonthsOver(year, clock);
        var toDate = 0m;
        return Enumerable.Range(1, 12).Select(month =>
        {
            var sum = lines.Where(l => l.Month == month).Aggregate(default(BudgetAmounts), (total, line) => total + line.Amounts);
            toDate += sum.Devengado;
            var review = reviews.GetValueOrDefault(month);
            return new BudgetMonth(month, BudgetTotals.Cents(sum.Certificado), BudgetTotals.Cents(sum.ComprometidoMensual), BudgetTotals.Cents(sum.Devengado),
                BudgetTotals.Cents(sum.Girado), BudgetTotals.Cents(toDate), BudgetTotals.Cents(pace.ExpectedBy(month, pim)), pace.IsBehind(month, pim, toDate),
                month <= over, review is null ? null : new MonthReview(review.ReviewedBy, review.ReviewedAt, review.Justification));
        }).ToList();
    }
}
