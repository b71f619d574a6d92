using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>The secretariat corrects a training's details.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record UpdateTrainingEvent(Guid TrainingEventId, TrainingEventFields Fields) : IRequest<Guid>, ITrainingEventScoped;

public sealed class UpdateTrainingEventValidator : AbstractValidator<UpdateTrainingEvent>
{
    public UpdateTrainingEventValidator() => RuleFor(x => x.Fields).SetValidator(new TrainingEventFieldsValidator());
}

internal sealed class UpdateTrainingEventHandler(AppDbContext db, AuditTrail audit, AttendanceBook book) : IRequestHandler<UpdateTrainingEvent, Guid>
{
    public async Task<Guid> Handle(UpdateTrainingEvent request, CancellationToken cancellationToken)
    {
        await db.CheckTrainingRequirementsAsync(request.Fields, cancellationToken);
        var training = await db.TrainingEvents.SingleAsync(e => e.Id == request.TrainingEventId, cancellationToken);
        var before = TrainingEventChecks.AuditSummary(training);
        request.Fields.ApplyTo(training);
        audit.Record(AuditAction.TrainingUpdated, "TrainingEvent", training.Id.ToString(), null, before, TrainingEventChecks.AuditSummary(training), training.RegionCode);
        await book.MeetTrainingRequirementsAsync(training, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return training.Id;
    }
}
