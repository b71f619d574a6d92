using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Territory;
using MediatR;

namespace IncentiveCompliance.Core.Features.Compliance;

/// <summary>A municipality's compliance in a year: each item's state and points, the score and the status.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.NationalViewer)] // not the budget officer: security evidence is not theirs to read
public sealed record GetMunicipalityCompliance(string Ubigeo, int Year) : IRequest<MunicipalityCompliance>, IMunicipalityScoped;

public sealed record MunicipalityCompliance(string Ubigeo, string Name, int Year, int Score, int MaxScore, int MinimumPoints, ComplianceStatus Status, IReadOnlyList<ComplianceItem> Items);

public sealed record ComplianceItem(
    string RequirementCode,
    string Title,
    RequirementKind Kind,
    ItemState State,
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

internal sealed class GetMunicipalityComplianceHandler(ComplianceFigures figures, ICurrentUser user) : IRequestHandler<GetMunicipalityCompliance, MunicipalityCompliance>
{
    public async Task<MunicipalityCompliance> Handle(GetMunicipalityCompliance request, CancellationToken cancellationToken)
    {
        var compliance = await figures.MunicipalityAsync(request.Ubigeo, request.Year, cancellationToken);
        // A national viewer reads the figures, never a reviewer's words about the evidence nor the way to the submission.
        return user.Scope?.Role == Roles.NationalViewer
            ? compliance with { Items = compliance.Items.Select(i => i with { LatestSubmissionId = null, ReviewReason = null }).ToList() }
            : compliance;
    }
}
