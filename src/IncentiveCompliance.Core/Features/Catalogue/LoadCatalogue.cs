using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Catalogue;

/// <summary>
/// Loads or replaces a year's catalogue from its JSON document. Requirements are matched by code: a changed one is
/// updated in place (its submissions stay), a new one is added, and one missing from the file is removed unless
/// municipalities already reported on it.
/// </summary>
/// <param name="Year">When given (the API's URL), the document must be of that year.</param>
[AllowedRoles(Roles.Administrator)]
public sealed record LoadCatalogue(Stream? Content, int? Year = null) : IRequest<LoadCatalogueResult>
{
    public const long MaxBytes = 2L * 1024 * 1024;
}

public sealed record LoadCatalogueResult(int Year, int Commitments, int Requirements);

public sealed class LoadCatalogueValidator : AbstractValidator<LoadCatalogue>
{
    public LoadCatalogueValidator() =>
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file").WithMessage("Adjunte el catálogo en JSON.");
}

internal sealed class LoadCatalogueHandler(AppDbContext db, AuditTrail audit) : IRequestHandler<LoadCatalogue, LoadCatalogueResult>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public async Task<LoadCatalogueResult> Handle(LoadCatalogue request, CancellationToken cancellationToken)
    {
        var document = await Parse(request.Content!, cancellationToken);
        if (request.Year is { } year && year != document.Year)
        {
            throw new ValidationException([new ValidationFailure("year", $"El documento es del año {document.Year} y se envió al año {year}.")]);
        }

        var result = new CatalogueDocumentValidator().Validate(document);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors);
        }

        return await db.InTransactionAsync(async () =>
        {
            var program = await db.ProgramYears
                .Include(p => p.Commitments).ThenInclude(c => c.Requirements)
                .SingleOrDefaultAsync(p => p.Year == document.Year, cancellationToken);
            var before = program is null ? null : Summary(program);
            if (program is null)
            {
                program = new ProgramYear(document.Year, document.Title!, document.MinimumPoints);
                db.ProgramYears.Add(program);
            }

            program.Title = document.Title!;
            program.MinimumPoints = document.MinimumPoints;
            var reported = await db.Submissions.Where(s => db.Requirements.Any(r => r.Id == s.RequirementId && r.Year == document.Year))
                .Select(s => s.RequirementId).Distinct().ToListAsync(cancellationToken);
            Merge(program, document, reported.ToHashSet());
            audit.Record(AuditAction.CatalogueLoaded, "ProgramYear", document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, before, Summary(program));
            return new LoadCatalogueResult(program.Year, program.Commitments.Count, program.Commitments.Sum(c => c.Requirements.Count));
        }, cancellationToken);
    }

    private static async Task<CatalogueDocument> Parse(Stream content, CancellationToken cancellationToken)
    {
        using var limited = new MemoryStream();
        await content.CopyToAsync(limited, cancellationToken);
        if (limited.Length > LoadCatalogue.MaxBytes)
        {
            throw new PayloadTooLargeException(LoadCatalogue.MaxBytes);
        }

        limited.Position = 0;
        try
        {
            return await JsonSerializer.DeserializeAsync<CatalogueDocument>(limited, Json, cancellationToken)
                ?? throw new JsonException("vacío");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (línea {line + 1}, posición {ex.BytePositionInLine + 1})" : "";
            throw new ValidationException([new ValidationFailure("file", $"El archivo no es un catálogo JSON válido{where}.")]);
        }
    }

    private void Merge(ProgramYear program, CatalogueDocument document, HashSet<Guid> reported)
    {
        var failures = new List<ValidationFailure>();
        foreach (var commitmentDoc in document.Commitments!)
        {
            MergeCommitment(program, commitmentDoc, failures);
        }

        RemoveDroppedRequirements(program, document, reported, failures);
        RemoveDroppedCommitments(program, document, reported, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    /// <summary>Adds or updates a commitment and its requirements; a requirement never moves to another commitment.</summary>
    private void MergeCommitment(ProgramYear program, CommitmentDocument commitmentDoc, List<ValidationFailure> failures)
    {
        var commitment = program.Commitments.SingleOrDefault(c => c.Code == commitmentDoc.Code);
        if (commitment is null)
        {
            commitment = new Commitment(program.Year, commitmentDoc.Code!, commitmentDoc.Name!, commitmentDoc.Sector!);
            program.Commitments.Add(commitment);
            db.Commitments.Add(commitment); // its key is set already: say it is new, or EF takes it for an existing row
        }

        commitment.Name = commitmentDoc.Name!;
        commitment.Sector = commitmentDoc.Sector!;
        foreach (var r in commitmentDoc.Requirements!)
        {
            var requirement = program.Commitments.SelectMany(c => c.Requirements).SingleOrDefault(x => x.Code == r.Code);
            if (requirement is not null && !commitment.Requirements.Contains(requirement))
            {
                failures.Add(new ValidationFailure("commitments", $"El requisito {r.Code} no puede cambiar de compromiso."));
                continue;
            }

            if (requirement is null)
            {
                requirement = new Requirement { Code = r.Code!, Title = r.Title! };
                commitment.Requirements.Add(requirement);
                db.Requirements.Add(requirement);
            }

            Apply(requirement, r, program.Year);
        }
    }

    /// <summary>Removes the requirements the document no longer has; one with reported progress is refused.</summary>
    private void RemoveDroppedRequirements(ProgramYear program, CatalogueDocument document, HashSet<Guid> reported, List<ValidationFailure> failures)
    {
        var kept = document.Commitments!.SelectMany(c => c.Requirements!).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var commitment in program.Commitments)
        {
            foreach (var removed in commitment.Requirements.Where(r => !kept.Contains(r.Code)).ToList())
            {
                if (reported.Contains(removed.Id))
                {
                    failures.Add(new ValidationFailure("commitments", $"El requisito {removed.Code} ya tiene avances registrados: no se puede quitar del catálogo."));
                }

                commitment.Requirements.Remove(removed);
                db.Requirements.Remove(removed);
            }
        }
    }

    /// <summary>Removes the commitments the document no longer has; one with reported progress is refused.</summary>
    private void RemoveDroppedCommitments(ProgramYear program, CatalogueDocument document, HashSet<Guid> reported, List<ValidationFailure> failures)
    {
        var keptCommitments = document.Commitments!.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var removed in program.Commitments.Where(c => !keptCommitments.Contains(c.Code)).ToList())
        {
            if (removed.Requirements.Any(r => reported.Contains(r.Id)))
            {
                failures.Add(new ValidationFailure("commitments", $"El compromiso {removed.Code} ya tiene avances registrados: no se puede quitar."));
            }

            program.Commitments.Remove(removed);
            db.Commitments.Remove(removed);
        }
    }

    private static void Apply(Requirement requirement, RequirementDocument r, int year)
    {
        requirement.Year = year;
        requirement.Code = r.Code!;
        requirement.Title = r.Title!;
        requirement.Description = r.Description ?? "";
        requirement.Kind = EnumJson.Parse<RequirementKind>(r.Kind)!.Value;
        requirement.DueDate = r.DueDate;
        requirement.Points = r.Points;
        requirement.Mandatory = r.Mandatory;
        requirement.AppliesTo = [.. (r.AppliesTo ?? []).Order(StringComparer.Ordinal)];
        requirement.Unit = r.Unit;
        requirement.Targets = [.. (r.Targets ?? new Dictionary<string, decimal>(StringComparer.Ordinal)).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new PiTypeTarget(t.Key, t.Value))];
        requirement.EvidenceFileTypes = [.. r.Evidence!.FileTypes!];
        requirement.EvidenceDescription = r.Evidence.Description!;
    }

    private static object Summary(ProgramYear program) => new
    {
        program.Year,
        program.Title,
        program.MinimumPoints,
        Requirements = program.Commitments.SelectMany(c => c.Requirements).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new { r.Code, r.Title, r.Kind, r.DueDate, r.Points, r.Mandatory, r.AppliesTo, r.Targets }),
    };
}
