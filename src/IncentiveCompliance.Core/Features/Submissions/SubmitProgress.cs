using System.Data.Common;
using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>
/// The municipality reports progress on one requirement of a year: a note, a value for indicators, the period it
/// covers, the evidence's own date and its files. Saved as a draft or sent for review at once. A new submission
/// is accepted while the item has none pending review and none approved: it answers an observation or a rejection, or
/// replaces the item's draft.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.MunicipalManager)]
public sealed record SubmitProgress(
    string Ubigeo,
    int Year,
    string RequirementCode,
    string? Note,
    decimal? Value,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    DateOnly? EvidenceDate,
    IReadOnlyList<EvidenceUpload> Files,
    bool Draft) : IRequest<SubmissionCreated>, IMunicipalityScoped
{
    /// <summary>Fields of the sender's form that could not be read (a value that is not a number…), reported with the other errors once the caller is authorized.</summary>
    public IReadOnlyList<ValidationFailure> FormErrors { get; init; } = [];

    public const long MaxFileBytes = 25L * 1024 * 1024;
    public const int MaxFiles = 10;
}

/// <summary>An uploaded file: the name the user gave it (kept for downloads only) and its content.</summary>
public sealed record EvidenceUpload(string FileName, Stream Content);

public sealed record SubmissionCreated(Guid Id, SubmissionStatus Status);

public sealed class SubmitProgressValidator : AbstractValidator<SubmitProgress>
{
    public SubmitProgressValidator()
    {
        RuleFor(x => x.Ubigeo).Matches(Ubigeo.DistrictPattern).WithMessage("El ubigeo debe tener 6 dígitos.");
        RuleFor(x => x.RequirementCode).NotEmpty().MaximumLength(20);
        RuleFor(x => x.Note).MaximumLength(4000).WithName("Nota");
        RuleFor(x => x.Value).LessThan(ContentRules.MaxValue).WithMessage("El valor es demasiado grande.");
        RuleFor(x => x.PeriodTo).GreaterThanOrEqualTo(x => x.PeriodFrom).When(x => x.PeriodFrom is not null && x.PeriodTo is not null)
            .WithMessage("El periodo termina antes de empezar.");
        RuleFor(x => x.Files).NotEmpty().When(x => !x.Draft).OverridePropertyName("files").WithMessage("Adjunte al menos un archivo de evidencia.");
        RuleFor(x => x.Files.Count).LessThanOrEqualTo(SubmitProgress.MaxFiles).OverridePropertyName("files")
            .WithMessage($"Se admiten hasta {SubmitProgress.MaxFiles} archivos por envío.");
        RuleForEach(x => x.Files).Must(f => f.FileName.Length is > 0 and <= 255).OverridePropertyName("files").WithMessage("Cada archivo necesita un nombre de hasta 255 caracteres.");
        RuleFor(x => x.FormErrors).Custom((errors, context) =>
        {
            foreach (var error in errors)
            {
                context.AddFailure(error);
            }
        });
    }
}

internal sealed class SubmitProgressHandler(AppDbContext db, IFileStore store, AuditTrail audit, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SubmitProgress, SubmissionCreated>
{
    public async Task<SubmissionCreated> Handle(SubmitProgress request, CancellationToken cancellationToken)
    {
        var requirement = await AcceptedRequirementAsync(request, cancellationToken);
        var replacedDraft = await RemoveDraftAsync(request, requirement, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var submission = Submission.Start(request.Ubigeo, requirement.Id, user.UserId!, now,
            new SubmissionContent(request.Note?.Trim() ?? "", request.Value, request.PeriodFrom, request.PeriodTo, request.EvidenceDate));
        var stored = await EvidenceFiles.StoreAsync(store, request.Files, requirement, cancellationToken);
        try
        {
            foreach (var file in stored)
            {
                submission.Files.Add(file);
            }

            if (!request.Draft)
            {
                submission.Send(now);
            }

            db.Submissions.Add(submission);
            foreach (var file in stored)
            {
                audit.Record(AuditAction.EvidenceUploaded, "Submission", submission.Id.ToString(), request.Ubigeo, null, new { file.FileName, file.ContentType, file.Size, file.Sha256 });
            }

            audit.Record(request.Draft ? AuditAction.SubmissionDrafted : AuditAction.SubmissionSubmitted, "Submission", submission.Id.ToString(), request.Ubigeo, null,
                new { Requirement = requirement.Code, Status = submission.Status.ToString(), submission.Note, submission.Value, submission.EvidenceDate });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // A save whose answer was lost may have committed (EF Core then retries and meets its own row): its files stay.
            if (!await IsSavedAsync(submission.Id))
            {
                await EvidenceFiles.DeleteAsync(store, stored);
            }

            throw;
        }

        if (replacedDraft is not null)
        {
            await EvidenceFiles.DeleteAsync(store, replacedDraft.Files);
        }

        return new SubmissionCreated(submission.Id, submission.Status);
    }

    /// <summary>Whether the submission reached the database; when that cannot be told, as if it had, so that no evidence of it is lost.</summary>
    private async Task<bool> IsSavedAsync(Guid id)
    {
        try
        {
            return await db.Submissions.AsNoTracking().AnyAsync(s => s.Id == id, CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException or TimeoutException)
        {
            return true;
        }
    }

    /// <summary>The requirement, once the content suits it and it applies to the municipality's type.</summary>
    private async Task<Requirement> AcceptedRequirementAsync(SubmitProgress request, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Ubigeo == request.Ubigeo, cancellationToken)
            ?? throw new NotFoundException("la municipalidad", request.Ubigeo);
        var requirement = await db.Requirements.SingleOrDefaultAsync(r => r.Year == request.Year && r.Code == request.RequirementCode, cancellationToken)
            ?? throw new NotFoundException($"el requisito del año {request.Year}", request.RequirementCode);
        var failures = ContentRules.Check(requirement, request.Value, request.EvidenceDate, LimaTime.Today(clock), requireValue: !request.Draft);
        if (!requirement.AppliesToType(municipality.PiType))
        {
            failures.Add(new ValidationFailure("requirementCode", $"El requisito {requirement.Code} no se aplica a municipalidades de tipo {municipality.PiType}."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return requirement;
    }

    /// <summary>
    /// Refuses a requirement waiting for review or approved already; a draft is removed (with its files, once the new
    /// submission is saved) and returned.
    /// </summary>
    private async Task<Submission?> RemoveDraftAsync(SubmitProgress request, Requirement requirement, CancellationToken cancellationToken)
    {
        var latest = await db.Submissions.Include(s => s.Files).Where(s => s.Ubigeo == request.Ubigeo && s.RequirementId == requirement.Id)
            .OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Status is SubmissionStatus.Submitted or SubmissionStatus.Approved)
        {
            throw new ConflictException(latest.Status == SubmissionStatus.Submitted
                ? "Ya hay un avance de este requisito esperando revisión."
                : "Este requisito ya fue aprobado.");
        }

        var replacedDraft = latest?.Status == SubmissionStatus.Draft ? latest : null;
        if (replacedDraft is not null)
        {
            db.Submissions.Remove(replacedDraft);
            audit.Record(AuditAction.SubmissionDraftReplaced, "Submission", replacedDraft.Id.ToString(), request.Ubigeo, new { Status = "Draft" }, null);
        }

        return replacedDraft;
    }
}
