using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Territory;

namespace IncentiveCompliance.Core.Features.Catalogue;

/// <summary>A program year's catalogue as an administrator writes it in JSON (see docs/catalogue.md and the 2026 sample).</summary>
public sealed record CatalogueDocument(int Year, string? Title, int MinimumPoints, IReadOnlyList<CommitmentDocument>? Commitments);

public sealed record CommitmentDocument(string? Code, string? Name, string? Sector, IReadOnlyList<RequirementDocument>? Requirements);

public sealed record RequirementDocument(
    string? Code,
    string? Title,
    string? Description,
    string? Kind,
    DateOnly DueDate,
    int Points,
    bool Mandatory,
    IReadOnlyList<string>? AppliesTo,
    string? Unit,
    IReadOnlyDictionary<string, decimal>? Targets,
    EvidenceDocument? Evidence);

public sealed record EvidenceDocument(IReadOnlyList<string>? FileTypes, string? Description);

public sealed class CatalogueDocumentValidator : AbstractValidator<CatalogueDocument>
{
    public CatalogueDocumentValidator()
    {
        RuleFor(d => d.Year).InclusiveBetween(2020, 2100).WithMessage("El año debe estar entre 2020 y 2100.");
        RuleFor(d => d.Title).NotEmpty().MaximumLength(300).WithName("Título");
        RuleFor(d => d.MinimumPoints).GreaterThanOrEqualTo(0)
            .Must((d, min) => min <= (d.Commitments ?? []).SelectMany(c => c.Requirements ?? []).Sum(r => r.Points))
            .WithMessage("El puntaje mínimo no puede superar la suma de puntos de los requisitos.");
        RuleFor(d => d.Commitments).NotEmpty().WithMessage("El catálogo debe tener al menos un compromiso.")
            .Must(cs => cs!.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() == cs!.Count).WithMessage("Hay códigos de compromiso repetidos.")
            .Must(cs => cs!.SelectMany(c => c.Requirements ?? []).Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() == cs!.SelectMany(c => c.Requirements ?? []).Count())
            .WithMessage("Hay códigos de requisito repetidos en el año.")
            .When(d => d.Commitments is { Count: > 0 });
        RuleForEach(d => d.Commitments).ChildRules(c =>
        {
            c.RuleFor(x => x.Code).NotEmpty().MaximumLength(20).WithName("Código del compromiso");
            c.RuleFor(x => x.Name).NotEmpty().MaximumLength(300).WithName("Nombre del compromiso");
            c.RuleFor(x => x.Sector).NotEmpty().MaximumLength(100).WithName("Sector");
            c.RuleFor(x => x.Requirements).NotEmpty().WithMessage("Cada compromiso debe tener al menos un requisito.");
            c.RuleForEach(x => x.Requirements).ChildRules(r =>
            {
                r.RuleFor(x => x.Code).NotEmpty().Matches("^[0-9A-Za-z.\\-]{1,20}$").WithMessage("El código del requisito tiene letras, dígitos, puntos o guiones (hasta 20).");
                r.RuleFor(x => x.Title).NotEmpty().MaximumLength(300).WithName("Título del requisito");
                r.RuleFor(x => x.Description).MaximumLength(4000);
                r.RuleFor(x => x.Kind).Must(k => EnumJson.Parse<RequirementKind>(k) is not null).WithMessage("El tipo debe ser milestone, indicator o training.");
                r.RuleFor(x => x.DueDate).NotEqual(default(DateOnly)).WithMessage("Indique la fecha límite (AAAA-MM-DD).");
                r.RuleFor(x => x.Points).InclusiveBetween(0, 1000).WithMessage("Los puntos van de 0 a 1000.");
                r.RuleForEach(x => x.AppliesTo).Must(t => Municipality.PiTypes.Contains(t, StringComparer.Ordinal)).WithMessage("Los tipos de municipalidad son letras de la A a la G.");
                r.RuleFor(x => x.Unit).NotEmpty().MaximumLength(50).When(x => EnumJson.Parse<RequirementKind>(x.Kind) == RequirementKind.Indicator).WithMessage("Un indicador necesita su unidad (por ejemplo «km/día»).");
                r.RuleFor(x => x.Targets).NotEmpty().When(x => EnumJson.Parse<RequirementKind>(x.Kind) == RequirementKind.Indicator).WithMessage("Un indicador necesita la meta por tipo de municipalidad.");
                r.RuleForEach(x => x.Targets).Must(t => Municipality.PiTypes.Contains(t.Key, StringComparer.Ordinal) && t.Value >= 0)
                    .WithMessage("Las metas van por tipo (A a G) y no son negativas.");
                r.RuleFor(x => x.Evidence).NotNull().WithMessage("Indique la evidencia que se pide.");
                r.RuleFor(x => x.Evidence!.FileTypes).NotEmpty()
                    .Must(ts => ts!.All(t => EvidenceType.All.Any(e => e.Extension == t)))
                    .WithMessage($"Los tipos de archivo admitidos son: {string.Join(", ", EvidenceType.All.Select(e => e.Extension))}.")
                    .When(x => x.Evidence is not null);
                r.RuleFor(x => x.Evidence!.Description).NotEmpty().MaximumLength(2000).When(x => x.Evidence is not null).WithMessage("Describa qué debe mostrar la evidencia.");
            });
        });
    }
}
