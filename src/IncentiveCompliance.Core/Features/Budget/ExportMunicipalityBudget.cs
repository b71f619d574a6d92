using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>A municipality's execution by activity, as a sheet: the same figures as <see cref="GetMunicipalityBudget"/>.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record ExportMunicipalityBudget(string Ubigeo, int Year) : IRequest<Table>, IMunicipalityScoped;

public sealed class ExportMunicipalityBudgetValidator : AbstractValidator<ExportMunicipalityBudget>
{
    public ExportMunicipalityBudgetValidator() => RuleFor(x => x.Year).ValidYear();
}

internal sealed class ExportMunicipalityBudgetHandler(BudgetFigures figures) : IRequestHandler<ExportMunicipalityBudget, Table>
{
    public async Task<Table> Handle(ExportMunicipalityBudget request, CancellationToken cancellationToken)
    {
        var budget = await figures.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
        var rows = budget.ByActivity.Select(a => BudgetSheet.Row([a.ProductCode, budget.ByProduct.First(p => p.Code == a.ProductCode).Name, a.Code, a.Name],
            a.Pia, a.Pim, a.Certificado, a.ComprometidoAnual, a.Devengado, a.Girado, a.Execution)).ToList();
        rows.Add(BudgetSheet.Row(["TOTAL", "", "", ""], budget.Pia, budget.Pim, budget.Certificado, budget.ComprometidoAnual, budget.Devengado, budget.Girado, budget.Execution));
        return new Table($"pp0030-{request.Ubigeo}-{request.Year}", ["producto", "producto_nombre", "actividad", "actividad_nombre", .. BudgetSheet.Amounts], rows);
    }
}
