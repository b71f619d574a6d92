using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>The region's compliance matrix: one row per municipality, one column per requirement with the item's state.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.NationalViewer)]
public sealed record ExportComplianceMatrix(string RegionCode, int Year) : IRequest<Table>, IRegionScoped;

public sealed class ExportComplianceMatrixValidator : AbstractValidator<ExportComplianceMatrix>
{
    public ExportComplianceMatrixValidator() => RuleFor(x => x.Year).ValidYear();
}

internal sealed class ExportComplianceMatrixHandler(AppDbContext db, ReferenceData reference, TimeProvider clock) : IRequestHandler<ExportComplianceMatrix, Table>
{
    public async Task<Table> Handle(ExportComplianceMatrix request, CancellationToken cancellationToken)
    {
        var (_, requirements, evaluations) = await ComplianceCalculator.EvaluateAsync(
            db, reference, request.Year, db.Municipalities.Where(m => m.ProvinceCode.StartsWith(request.RegionCode)), LimaTime.Today(clock), cancellationToken);
        var headers = new List<string> { "ubigeo", "municipalidad", "provincia", "tipo_pi", "puntaje", "puntaje_maximo", "estado" };
        headers.AddRange(requirements.Select(r => r.Code));
        var rows = evaluations.Select(e =>
        {
            var states = e.Result.Items.ToDictionary(i => i.Code, i => (object?)i.State, StringComparer.Ordinal);
            var row = new List<object?> { e.Ubigeo, e.Name, e.Province, e.PiType, e.Result.Score, e.Result.MaxScore, e.Result.Status };
            row.AddRange(requirements.Select(r => states.GetValueOrDefault(r.Code, "no_aplica")));
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return new Table($"cumplimiento-{request.RegionCode}-{request.Year}", headers, rows);
    }
}
