using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>The region's table, one row per municipality and a total row: the same figures as <see cref="GetRegionBudget"/>.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record ExportRegionBudget(string RegionCode, int Year) : IRequest<Table>, IRegionScoped;

public sealed class ExportRegionBudgetValidator : AbstractValidator<ExportRegionBudget>
{
    public ExportRegionBudgetValidator() => RuleFor(x => x.Year).ValidYear();
}

internal sealed class ExportRegionBudgetHandler(BudgetFigures figures) : IRequestHandler<ExportRegionBudget, Table>
{
    public async Task<Table> Handle(ExportRegionBudget request, CancellationToken cancellationToken)
    {
        var region = await figures.RegionAsync(request.RegionCode, request.Year, cancellationToken);
        var rows = region.Municipalities.Select(m => BudgetSheet.Row([m.Ubigeo, m.Name, m.Province],
            m.Pia, m.Pim, m.Certificado, m.ComprometidoAnual, m.Devengado, m.Girado, m.Execution, m.MonthsReviewed, m.BehindPace ? "sí" : "no")).ToList();
        var t = region.Totals;
        rows.Add(BudgetSheet.Row(["TOTAL", region.Name, ""], t.Pia, t.Pim, t.Certificado, t.ComprometidoAnual, t.Devengado, t.Girado, t.Execution, null, null));
        return new Table($"pp0030-region-{request.RegionCode}-{request.Year}",
            ["ubigeo", "municipalidad", "provincia", .. BudgetSheet.Amounts, "meses_revisados", "por_debajo_del_ritmo"], rows);
    }
}
