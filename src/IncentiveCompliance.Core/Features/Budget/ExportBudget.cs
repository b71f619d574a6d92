using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>A municipality's execution by activity, as a sheet: the same figures as <see cref="GetMunicipalityBudget"/>.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record ExportMunicipalityBudget(string Ubigeo, int Year) : IRequest<Table>, IMunicipalityScoped;

/// <summary>The region's table, one row per municipality and a total row: the same figures as <see cref="GetRegionBudget"/>.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ExportRegionBudget(string RegionCode, int Year) : IRequest<Table>, IRegionScoped;

public sealed class ExportMunicipalityBudgetValidator : AbstractValidator<ExportMunicipalityBudget>
{
    public ExportMunicipalityBudgetValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed class ExportRegionBudgetValidator : AbstractValidator<ExportRegionBudget>
{
    public ExportRegionBudgetValidator() => RuleFor(x => x.Year).ValidYear();
}

internal sealed class ExportBudgetHandlers(IMediator mediator) : IRequestHandler<ExportMunicipalityBudget, Table>, IRequestHandler<ExportRegionBudget, Table>
{
    private static readonly string[] Amounts = ["pia", "pim", "certificado", "comprometido_anual", "devengado", "girado", "ejecucion_pct"];

    public async Task<Table> Handle(ExportMunicipalityBudget request, CancellationToken cancellationToken)
    {
        var budget = await mediator.Send(new GetMunicipalityBudget(request.Ubigeo, request.Year), cancellationToken);
        var rows = budget.ByActivity.Select(a => Row([a.ProductCode, budget.ByProduct.First(p => p.Code == a.ProductCode).Name, a.Code, a.Name],
            a.Pia, a.Pim, a.Certificado, a.ComprometidoAnual, a.Devengado, a.Girado, a.Execution)).ToList();
        rows.Add(Row(["TOTAL", "", "", ""], budget.Pia, budget.Pim, budget.Certificado, budget.ComprometidoAnual, budget.Devengado, budget.Girado, budget.Execution));
        return new Table($"pp0030-{request.Ubigeo}-{request.Year}", ["producto", "producto_nombre", "actividad", "actividad_nombre", .. Amounts], rows);
    }

    public async Task<Table> Handle(ExportRegionBudget request, CancellationToken cancellationToken)
    {
        var region = await mediator.Send(new GetRegionBudget(request.RegionCode, request.Year), cancellationToken);
        var rows = region.Municipalities.Select(m => Row([m.Ubigeo, m.Name, m.Province],
            m.Pia, m.Pim, m.Certificado, m.ComprometidoAnual, m.Devengado, m.Girado, m.Execution, m.MonthsReviewed, m.BehindPace ? "sí" : "no")).ToList();
        var t = region.Totals;
        rows.Add(Row(["TOTAL", region.Name, ""], t.Pia, t.Pim, t.Certificado, t.ComprometidoAnual, t.Devengado, t.Girado, t.Execution, null, null));
        return new Table($"pp0030-region-{request.RegionCode}-{request.Year}",
            ["ubigeo", "municipalidad", "provincia", .. Amounts, "meses_revisados", "por_debajo_del_ritmo"], rows);
    }

    private static IReadOnlyList<object?> Row(IEnumerable<object?> labels, params object?[] values) => [.. labels, .. values];
}
