using System.Globalization;
using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using MediatR;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>A published region's ranking as a table to download (CSV), with the same rows and the same not-found answer as <see cref="GetPublicRanking"/>.</summary>
[Anonymous]
public sealed record ExportPublicRanking(string RegionCode, int Year) : IRequest<Table>;

public sealed class ExportPublicRankingValidator : AbstractValidator<ExportPublicRanking>
{
    public ExportPublicRankingValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class ExportPublicRankingHandler(PublicRankings rankings) : IRequestHandler<ExportPublicRanking, Table>
{
    private static readonly string[] Headers =
        ["puesto", "ubigeo", "municipalidad", "provincia", "estado", "puntaje", "puntaje_maximo", "ejecucion_pp0030_pct", "personas_capacitadas", "fecha_corte_lima"];

    public async Task<Table> Handle(ExportPublicRanking request, CancellationToken cancellationToken)
    {
        var ranking = await rankings.RankingAsync(request.RegionCode, request.Year, cancellationToken);
        var cutOff = ranking.CutOff.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture); // ISO 8601, Lima's offset
        var rows = ranking.Municipalities.Select(m => (IReadOnlyList<object?>)
            [m.Rank, m.Ubigeo, m.Name, m.Province, m.Status, m.Score, m.MaxScore, m.Execution, m.PeopleTrained, cutOff]);
        return new Table($"ranking-{ranking.RegionCode}-{ranking.Year}", Headers, rows);
    }
}
