using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Catalogue;

/// <summary>A program year's commitments and requirements: public program data, readable by every role.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record GetProgramCatalogue(int Year) : IRequest<ProgramCatalogue>;

public sealed class GetProgramCatalogueValidator : AbstractValidator<GetProgramCatalogue>
{
    public GetProgramCatalogueValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record ProgramCatalogue(int Year, string Title, int MinimumPoints, IReadOnlyList<CommitmentView> Commitments);

public sealed record CommitmentView(string Code, string Name, string Sector, IReadOnlyList<RequirementView> Requirements);

public sealed record RequirementView(
    string Code,
    string Title,
    string Description,
    RequirementKind Kind,
    DateOnly DueDate,
    int Points,
    bool Mandatory,
    IReadOnlyList<string> AppliesTo,
    string? Unit,
    IReadOnlyDictionary<string, decimal?> Targets,
    IReadOnlyList<string> EvidenceFileTypes,
    string EvidenceDescription)
{
    public static RequirementView Of(Requirement r) => new(
        r.Code,
        r.Title,
        r.Description,
        r.Kind,
        r.DueDate,
        r.Points,
        r.Mandatory,
        [.. r.AppliesTo],
        r.Unit,
        r.Targets.ToDictionary(t => t.PiType, t => (decimal?)t.Minimum, StringComparer.Ordinal),
        [.. r.EvidenceFileTypes],
        r.EvidenceDescription);
}

internal sealed class GetProgramCatalogueHandler(AppDbContext db) : IRequestHandler<GetProgramCatalogue, ProgramCatalogue>
{
    public async Task<ProgramCatalogue> Handle(GetProgramCatalogue request, CancellationToken cancellationToken)
    {
        var program = await db.ProgramYears.AsNoTracking()
            .Include(p => p.Commitments).ThenInclude(c => c.Requirements)
            .SingleOrDefaultAsync(p => p.Year == request.Year, cancellationToken)
            ?? throw new NotFoundException("el catálogo del año", request.Year);
        return new ProgramCatalogue(
            program.Year,
            program.Title,
            program.MinimumPoints,
            program.Commitments.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => new CommitmentView(
                c.Code, c.Name, c.Sector, c.Requirements.OrderBy(r => r.DueDate).ThenBy(r => r.Code, StringComparer.Ordinal).Select(RequirementView.Of).ToList())).ToList());
    }
}
