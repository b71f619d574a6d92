using System.Text.Json.Serialization;
using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>Every municipality of a region with its PP 0030 execution and review status, and the region's totals.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record GetRegionBudget(string RegionCode, int Year) : IRequest<RegionBudget>, IRegionScoped;

public sealed class GetRegionBudgetValidator : AbstractValidator<GetRegionBudget>
{
    public GetRegionBudgetValidator() => RuleFor(x => x.Year).ValidYear();
}

/// <param name="ByMonth">The region as a whole, month by month: devengado to date against the expected pace of its total PIM (no reviews: those are each municipality's).</param>
public sealed record RegionBudget(string RegionCode, string Name, int Year, int MonthsOver, IReadOnlyList<RegionBudgetRow> Municipalities, BudgetTotals Totals, IReadOnlyList<BudgetMonth> ByMonth)
{
    /// <summary>Months already over that a municipality with PIM has not reviewed, summed over the region.</summary>
    public int MonthsNotReviewed => Municipalities.Where(m => m.Pim > 0).Sum(m => Math.Max(0, MonthsOver - m.MonthsReviewed));
}

/// <summary>
/// A municipality's totals; how many of the months already over its budget officer reviewed; whether devengado is
/// behind the expected pace at the last month over, and the latest justification written.
/// </summary>
public sealed record RegionBudgetRow(string Ubigeo, string Name, string Province, decimal Pia, decimal Pim, decimal Certificado, decimal ComprometidoAnual,
    decimal Devengado, decimal Girado, [property: JsonPropertyName("avance")] decimal? Execution, int MonthsReviewed, bool BehindPace, string? LatestJustification);

internal sealed class GetRegionBudgetHandler(BudgetFigures figures, ICurrentUser user) : IRequestHandler<GetRegionBudget, RegionBudget>
{
    public async Task<RegionBudget> Handle(GetRegionBudget request, CancellationToken cancellationToken)
    {
        var budget = await figures.RegionAsync(request.RegionCode, request.Year, cancellationToken);
        // A national viewer reads the figures, not the budget officers' justifications (free text that may name people).
        return user.Scope?.Role == Roles.NationalViewer
            ? budget with { Municipalities = budget.Municipalities.Select(m => m with { LatestJustification = null }).ToList() }
            : budget;
    }
}
