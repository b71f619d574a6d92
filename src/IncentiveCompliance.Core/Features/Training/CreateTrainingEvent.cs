using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>The secretariat of a region schedules a training.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record CreateTrainingEvent(string RegionCode, TrainingEventFields Fields) : IRequest<Guid>, IRegionScoped;

public sealed class CreateTrainingEventValidator : AbstractValidator<CreateTrainingEvent>
{
    public CreateTrainingEventValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Fields).SetValidator(new TrainingEventFieldsValidator());
    }
}

internal sealed class CreateTrainingEventHandler(AppDbContext db, AuditTrail audit) : IRequestHandler<CreateTrainingEvent, Guid>
{
    public async Task<Guid> Handle(CreateTrainingEvent request, CancellationToken cancellationToken)
    {
        await db.CheckTrainingRequirementsAsync(request.Fields, cancellationToken);
        var training = new TrainingEvent { RegionCode = request.RegionCode, Title = "" };
        request.Fields.ApplyTo(training);
        db.TrainingEvents.Add(training);
        audit.Record(AuditAction.TrainingCreated, "TrainingEvent", training.Id.ToString(), null, null, TrainingEventChecks.AuditSummary(training), training.RegionCode);
        await db.SaveChangesAsync(cancellationToken);
        return training.Id;
    }
}
