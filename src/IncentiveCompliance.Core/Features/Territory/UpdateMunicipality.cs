using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>Sets a municipality's PI type and SIAF executing-unit code. Version is the one the editor read (the API's ETag).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record UpdateMunicipality(string Ubigeo, string? PiType, string? ExecutingUnitCode, int? Version)
    : IRequest<MunicipalityDetails>, IMunicipalityScoped;

public sealed class UpdateMunicipalityValidator : AbstractValidator<UpdateMunicipality>
{
    public UpdateMunicipalityValidator()
    {
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.");
        RuleFor(x => x.Version).NotNull()
            .WithMessage("Indique la versión que leyó: la cabecera If-Match con el ETag de la lectura, o el campo version.");
        RuleFor(x => x.PiType)
            .Must(t => t is null || Municipality.PiTypes.Contains(t, StringComparer.Ordinal))
            .WithMessage("El tipo de municipalidad debe ser una letra de la A a la G.");
        RuleFor(x => x.ExecutingUnitCode)
            .Matches("^[0-9]{1,10}$").When(x => !string.IsNullOrEmpty(x.ExecutingUnitCode))
            .WithMessage("El código de unidad ejecutora (SEC_EJEC) debe tener solo dígitos, hasta 10.");
    }
}

internal sealed class UpdateMunicipalityHandler(AppDbContext db, AuditTrail audit) : IRequestHandler<UpdateMunicipality, MunicipalityDetails>
{
    public async Task<MunicipalityDetails> Handle(UpdateMunicipality request, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Ubigeo == request.Ubigeo, cancellationToken)
            ?? throw new NotFoundException("la municipalidad", request.Ubigeo);
        if (municipality.Version != request.Version)
        {
            throw new StaleVersionException("Otra persona modificó esta municipalidad; vuelva a cargarla antes de guardar.");
        }

        var before = new { municipality.PiType, municipality.ExecutingUnitCode };
        municipality.UpdateProgramData(
            string.IsNullOrWhiteSpace(request.PiType) ? null : request.PiType,
            string.IsNullOrWhiteSpace(request.ExecutingUnitCode) ? null : request.ExecutingUnitCode.Trim());
        audit.Record(AuditAction.MunicipalityUpdated, "Municipality", municipality.Ubigeo, municipality.Ubigeo, before, new { municipality.PiType, municipality.ExecutingUnitCode }); // the PI type changes scores
        await db.SaveChangesAsync(cancellationToken);
        return await db.MunicipalityDetailsAsync(request.Ubigeo, cancellationToken);
    }
}
