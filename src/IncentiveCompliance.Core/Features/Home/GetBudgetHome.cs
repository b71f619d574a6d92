using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Budget;
using MediatR;

namespace IncentiveCompliance.Core.Features.Home;

/// <summary>A budget officer's first page: the months over that still wait for their review, and devengado against the expected pace.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.BudgetOfficer)]
public sealed record GetBudgetHome(string Ubigeo, int Year) : IRequest<BudgetHome>, IMunicipalityScoped;

/// <param name="MonthsToReview">Months already over with figures and no review yet (1–12).</param>
/// <param name="LastMonthOver">The latest month over (0 before January ends); the pace figures are at its end.</param>
/// <param name="Execution">Devengado over PIM for the whole year, in percent; null without PIM.</param>
public sealed record BudgetHome(string Ubigeo, string Name, int Year, bool HasFigures, IReadOnlyList<int> MonthsToReview, int LastMonthOver,
    decimal Pim, decimal DevengadoToDate, decimal ExpectedToDate, bool BehindPace, decimal? Execution, DateTime? ImportedAt);

public sealed class GetBudgetHomeValidator : AbstractValidator<GetBudgetHome>
{
    public GetBudgetHomeValidator()
    {
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetBudgetHomeHandler(BudgetFigures figures) : IRequestHandler<GetBudgetHome, BudgetHome>
{
    public async Task<BudgetHome> Handle(GetBudgetHome request, CancellationToken cancellationToken)
    {
        var b = await figures.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
        var over = b.ByMonth.Where(m => m.Over).ToList();
        var last = over.LastOrDefault();
        return new BudgetHome(b.Ubigeo, b.Name, b.Year, b.HasFigures,
            b.HasFigures ? over.Where(m => m.Review is null).Select(m => m.Month).ToList() : [],
            last?.Month ?? 0, b.Pim, last?.DevengadoToDate ?? 0, last?.ExpectedToDate ?? 0, b.HasFigures && last is { BehindPace: true }, b.Execution, b.ImportedAt);
    }
}
