using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Presentation;

namespace IncentiveCompliance.Web.Pages.Capacitaciones;

/// <summary>The fields of a training as the create and edit forms post them.</summary>
public sealed class TrainingForm
{
    public string? Title { get; set; }

    public string? Topics { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>As typed ("1,5" or "1.5"); unreadable text becomes 0, which the training's own rule refuses.</summary>
    public string? Hours { get; set; }

    public string? Modality { get; set; }

    public string? Place { get; set; }

    public string? Organiser { get; set; }

    public IReadOnlyList<string> TargetPositions { get; set; } = [];

    public string? RequirementCodes { get; set; }

    public static TrainingForm Of(TrainingDetails t) => new()
    {
        Title = t.Title,
        Topics = t.Topics,
        Date = t.Date,
        Hours = t.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Modality = EnumJson.Name(t.Modality),
        Place = t.Place,
        Organiser = t.Organiser,
        TargetPositions = [.. t.TargetPositions.Select(p => EnumJson.Name(p))],
        RequirementCodes = string.Join(", ", t.RequirementCodes),
    };

    public TrainingEventFields Fields() => new(Title, Topics, Date ?? default, FormNumbers.TryParse(Hours, out var hours) ? hours ?? 0 : 0, Modality, Place, Organiser, TargetPositions,
        (RequirementCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
