using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Domain.Training;

namespace IncentiveCompliance.Core.Features.Training;

/// <summary>What the secretariat writes about a training.</summary>
public sealed record TrainingEventFields(
    string? Title,
    string? Topics,
    DateOnly Date,
    decimal Hours,
    string? Modality,
    string? Place,
    string? Organiser,
    IReadOnlyList<string>? TargetPositions,
    IReadOnlyList<string>? RequirementCodes)
{
    /// <summary>A modality by the API's name ("in_person", "virtual") or the Spanish word people use ("presencial").</summary>
    public static Modality? ModalityOf(string? name) => name == "presencial" ? Domain.Training.Modality.InPerson : EnumJson.Parse<Modality>(name);

    /// <summary>A position by the API's name ("security_manager") or the enum's ("SecurityManager").</summary>
    public static Position? PositionOf(string name) =>
        EnumJson.Parse<Position>(name)
        ?? Enum.GetValues<Position>().Cast<Position?>().FirstOrDefault(p => string.Equals(p.ToString(), name, StringComparison.OrdinalIgnoreCase));

    public void ApplyTo(TrainingEvent e)
    {
        e.Title = Title!.Trim();
        e.Topics = Topics?.Trim() ?? "";
        e.Date = Date;
        e.Hours = Hours;
        e.Modality = ModalityOf(Modality)!.Value;
        e.Place = Place?.Trim() ?? "";
        e.Organiser = Organiser?.Trim() ?? "";
        e.TargetPositions = [.. (TargetPositions ?? []).Select(p => PositionOf(p)!.Value).Distinct()];
        e.RequirementCodes = [.. (RequirementCodes ?? []).Select(c => c.Trim()).Distinct(StringComparer.Ordinal)];
    }
}

public sealed class TrainingEventFieldsValidator : AbstractValidator<TrainingEventFields>
{
    // The list is stored whole in one column: a bound keeps a training's row small; a code is as long as a requirement's.
    private const int MaxRequirementCodes = 20;
    private const int RequirementCodeLength = 20;

    public TrainingEventFieldsValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300).WithName("Título");
        RuleFor(x => x.Topics).MaximumLength(2000);
        RuleFor(x => x.Date).NotEqual(default(DateOnly)).WithMessage("Indique la fecha (AAAA-MM-DD).");
        RuleFor(x => x.Hours).InclusiveBetween(0.5m, 200m).WithMessage("Las horas van de 0,5 a 200.");
        RuleFor(x => x.Modality).Must(m => TrainingEventFields.ModalityOf(m) is not null).WithMessage("La modalidad es presencial (in_person) o virtual.");
        RuleFor(x => x.Place).MaximumLength(300);
        RuleFor(x => x.Organiser).NotEmpty().MaximumLength(300).WithName("Organizador");
        RuleForEach(x => x.TargetPositions).Must(p => TrainingEventFields.PositionOf(p) is not null)
            .WithMessage("Cargos: security_manager, commitment_officer, budget_manager, sereno u other.");
        RuleFor(x => x.RequirementCodes).Must(c => c!.Count <= MaxRequirementCodes).When(x => x.RequirementCodes is not null)
            .WithMessage($"Indique a lo sumo {MaxRequirementCodes} códigos de requisito.");
        RuleForEach(x => x.RequirementCodes).MaximumLength(RequirementCodeLength).WithMessage($"Un código de requisito tiene a lo sumo {RequirementCodeLength} caracteres.");
    }
}
