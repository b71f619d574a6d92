using System.Text.Json.Serialization;
using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using MediatR;

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

internal sealed class GetMunicipalityBudgetHandler(BudgetFigures figures) : IRequestHandler<GetMunicipalityBudget, MunicipalityBudget>
{
    public Task<MunicipalityBudget> Handle(GetMunicipalityBudget request, CancellationToken cancellationToken) =>
        figures.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
}
