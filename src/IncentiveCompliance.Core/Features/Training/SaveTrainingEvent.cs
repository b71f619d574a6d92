using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>The secretariat of a region schedules a training.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record CreateTrainingEvent(string RegionCode, TrainingEventFields Fields) : IRequest<Guid>, IRegionScoped;

/// <summary>The secretariat corrects a training's details.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record UpdateTrainingEvent(Guid TrainingEventId, TrainingEventFields Fields) : IRequest<Guid>, ITrainingEventScoped;

public sealed class CreateTrainingEventValidator : AbstractValidator<CreateTrainingEvent>
{
    public CreateTrainingEventValidator()
    {
        RuleFor(x => x.RegionCode).Matches(Ubigeo.RegionPattern).WithMessage("El código de región debe tener 2 dígitos.");
        RuleFor(x => x.Fields).SetValidator(new TrainingEventFieldsValidator());
    }
}

public sealed class UpdateTrainingEventValidator : AbstractValidator<UpdateTrainingEvent>
{
    public UpdateTrainingEventValidator() => RuleFor(x => x.Fields).SetValidator(new TrainingEventFieldsValidator());
}

internal sealed class SaveTrainingEventHandler(AppDbContext db, AuditTrail audit, AttendanceBook book)
    : IRequestHandler<CreateTrainingEvent, Guid>, IRequestHandler<UpdateTrainingEvent, Guid>
{
    public async Task<Guid> Handle(CreateTrainingEvent request, CancellationToken cancellationToken)
    {
        await CheckRequirements(request.Fields, cancellationToken);
        var training = new TrainingEvent { RegionCode = request.RegionCode, Title = "" };
        request.Fields.ApplyTo(training);
        db.TrainingEvents.Add(training);
        audit.Record("training.created", "TrainingEvent", training.Id.ToString(), null, null, Summary(training), training.RegionCode);
        await db.SaveChangesAsync(cancellationToken);
        return training.Id;
    }

    public async Task<Guid> Handle(UpdateTrainingEvent request, CancellationToken cancellationToken)
    {
        await CheckRequirements(request.Fields, cancellationToken);
        var training = await db.TrainingEvents.SingleAsync(e => e.Id == request.TrainingEventId, cancellationToken);
        var before = Summary(training);
        request.Fields.ApplyTo(training);
        audit.Record("training.updated", "TrainingEvent", training.Id.ToString(), null, before, Summary(training), training.RegionCode);
        await book.MeetTrainingRequirementsAsync(training, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return training.Id;
    }

    /// <summary>The requirements named must be training requirements of the year of the event.</summary>
    private async Task CheckRequirements(TrainingEventFields fields, CancellationToken cancellationToken)
    {
        var codes = (fields.RequirementCodes ?? []).Select(c => c.Trim()).ToList();
        var found = await db.Requirements.Where(r => r.Year == fields.Date.Year && r.Kind == RequirementKind.Training && codes.Contains(r.Code))
            .Select(r => r.Code).ToListAsync(cancellationToken);
        var missing = codes.Except(found).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("requirementCodes",
                $"No son requisitos de capacitación del catálogo {fields.Date.Year}: {string.Join(", ", missing)}.")]);
        }
    }

    private static object Summary(TrainingEvent e) => new { e.Title, e.Date, e.Hours, Modality = e.Modality.ToString(), e.Place, e.Organiser,
        TargetPositions = e.TargetPositions.Select(p => p.ToString()).ToList(), RequirementCodes = e.RequirementCodes.ToList() };
}
