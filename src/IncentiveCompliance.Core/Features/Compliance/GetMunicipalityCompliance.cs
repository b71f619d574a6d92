using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>A municipality's compliance in a year: each item's state and points, the score and the status.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager)] // not the budget officer: security evidence is not theirs to read
public sealed record GetMunicipalityCompliance(string Ubigeo, int Year) : IRequest<MunicipalityCompliance>, IMunicipalityScoped;

public sealed record MunicipalityCompliance(string Ubigeo, string Name, int Year, int Score, int MaxScore, int MinimumPoints, string Status, IReadOnlyList<ComplianceItem> Items);

public sealed record ComplianceItem(
    string RequirementCode,
    string Title,
    string Kind,
    string State,
    DateOnly DueDate,
    int Points,
    int PointsEarned,
    bool Mandatory,
    Guid? LatestSubmissionId,
    DateOnly? CorrectionDueDate,
    string? ReviewReason);

public sealed class GetMunicipalityComplianceValidator : AbstractValidator<GetMunicipalityCompliance>
{
    public GetMunicipalityComplianceValidator()
    {
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.");
        RuleFor(x => x.Year).ValidYear();
    }
}

internal sealed class GetMunicipalityComplianceHandler(AppDbContext db, TimeProvider clock) : IRequestHandler<GetMunicipalityCompliance, MunicipalityCompliance>
{
    public async Task<MunicipalityCompliance> Handle(GetMunicipalityCompliance request, CancellationToken cancellationToken)
    {
        var (_, requirements, evaluations) = await ComplianceCalculator.EvaluateAsync(
            db, request.Year, db.Municipalities.Where(m => m.Ubigeo == request.Ubigeo), LimaTime.Today(clock), cancellationToken);
        var e = evaluations.SingleOrDefault() ?? throw new NotFoundException("la municipalidad", request.Ubigeo);
        var byCode = requirements.ToDictionary(r => r.Code);
        return new MunicipalityCompliance(e.Ubigeo, e.Name, request.Year, e.Result.Score, e.Result.MaxScore, e.MinimumPoints, ApiNames.Of(e.Result.Status),
            e.Result.Items.Select(i =>
            {
                var latest = e.Latest.GetValueOrDefault(i.Code);
                return new ComplianceItem(i.Code, byCode[i.Code].Title, ApiNames.Of(byCode[i.Code].Kind), ApiNames.Of(i.State), i.DueDate, i.Points, i.PointsEarned, i.Mandatory,
                    latest?.Id, latest?.CorrectionDueDate, latest?.ReviewReason);
            }).ToList());
    }
}
