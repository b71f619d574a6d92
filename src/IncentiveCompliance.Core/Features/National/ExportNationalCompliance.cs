using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Features.National;

/// <summary>The national view as a file: one row per region, as <see cref="GetNationalCompliance"/> answers it, and the national totals last.</summary>
[AllowedRoles(Roles.Administrator, Roles.NationalViewer)]
public sealed record ExportNationalCompliance(int Year) : IRequest<Table>;

public sealed class ExportNationalComplianceValidator : AbstractValidator<ExportNationalCompliance>
{
    public ExportNationalComplianceValidator() => RuleFor(x => x.Year).ValidYear();
}

internal sealed class ExportNationalComplianceHandler(NationalFigures figures) : IRequestHandler<ExportNationalCompliance, Table>
{
    private static readonly string[] Headers =
    [
        "codigo", "region", "municipalidades", "cumplen", "en_camino", "en_riesgo", "no_cumplen", "puntaje_promedio",
        "por_revisar", "pim", "devengado", "ejecucion_pp0030", "personas_capacitadas",
    ];

    public async Task<Table> Handle(ExportNationalCompliance request, CancellationToken cancellationToken)
    {
        var country = await figures.CountryAsync(request.Year, cancellationToken);
        var rows = country.Regions.Append(country.Totals).Select(r => (IReadOnlyList<object?>)
        [
            r.Code, r.Name, r.Municipalities, r.Met, r.OnTrack, r.AtRisk, r.NotMet, r.AverageScore,
            r.PendingReview, r.Pim, r.Devengado, r.Execution, r.PeopleTrained,
        ]).ToList();
        return new Table($"nacional-{request.Year}", Headers, rows);
    }
}
