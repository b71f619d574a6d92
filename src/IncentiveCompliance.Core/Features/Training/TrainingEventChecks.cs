using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>What creating and correcting a training share.</summary>
internal static class TrainingEventChecks
{
    /// <summary>The requirements named must be training requirements of the year of the event.</summary>
    public static async Task CheckTrainingRequirementsAsync(this AppDbContext db, TrainingEventFields fields, CancellationToken cancellationToken)
    {
        var codes = (fields.RequirementCodes ?? []).Select(c => c.Trim()).ToList();
        var found = await db.Requirements.Where(r => r.Year == fields.Date.Year && r.Kind == RequirementKind.Training && codes.Contains(r.Code))
            .Select(r => r.Code).ToListAsync(cancellationToken);
        var missing = codes.Except(found, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("requirementCodes",
                $"No son requisitos de capacitación del catálogo {fields.Date.Year}: {string.Join(", ", missing)}.")]);
        }
    }

    /// <summary>What the audit trail keeps of a training.</summary>
    public static object AuditSummary(TrainingEvent e) => new { e.Title, e.Date, e.Hours, Modality = e.Modality.ToString(), e.Place, e.Organiser,
        TargetPositions = e.TargetPositions.Select(p => p.ToString()).ToList(), RequirementCodes = e.RequirementCodes.ToList() };
}
