using FluentValidation;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>A role with the territory it applies to: a region for the secretariat, a municipality for municipal roles, none for the administrator and the national viewer.</summary>
public interface IRoleAssignment
{
    string Role { get; }

    string? RegionCode { get; }

    string? Ubigeo { get; }
}

internal sealed class RoleAssignmentValidator : AbstractValidator<IRoleAssignment>
{
    public RoleAssignmentValidator(AppDbContext db)
    {
        RuleFor(x => x.Role).Must(Roles.All.Contains).WithMessage("El rol no existe.");
        RuleFor(x => x.RegionCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Indique la región de la Secretaría Técnica.")
            .MustAsync((code, ct) => db.Regions.AnyAsync(r => r.Code == code, ct)).WithMessage("La región no existe.")
            .When(x => x.Role == Roles.RegionalSecretariat);
        RuleFor(x => x.Ubigeo).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Indique la municipalidad (ubigeo).")
            .Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.")
            .MustAsync((ubigeo, ct) => db.Municipalities.AnyAsync(m => m.Ubigeo == ubigeo, ct)).WithMessage("La municipalidad no existe.")
            .When(x => Roles.IsMunicipal(x.Role));
        RuleFor(x => x.RegionCode).Empty().WithMessage("La consulta nacional abarca todas las regiones: no lleva región.")
            .When(x => x.Role == Roles.NationalViewer);
        RuleFor(x => x.Ubigeo).Empty().WithMessage("La consulta nacional abarca todas las regiones: no lleva municipalidad.")
            .When(x => x.Role == Roles.NationalViewer);
    }

    /// <summary>Keeps only the territory the role uses, so a stale region or ubigeo never lingers.</summary>
    public static (string? RegionCode, string? Ubigeo) TerritoryOf(IRoleAssignment a) => a.Role switch
    {
        Roles.RegionalSecretariat => (a.RegionCode, null),
        Roles.MunicipalManager or Roles.BudgetOfficer => (null, a.Ubigeo),
        _ => (null, null),
    };
}
