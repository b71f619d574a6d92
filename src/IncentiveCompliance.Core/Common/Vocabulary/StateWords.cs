using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Domain.Submissions;

namespace IncentiveCompliance.Core.Common.Vocabulary;

/// <summary>The word and tone of every state a person follows, the same on pages, in printed documents and in exports.</summary>
public static class StateWords
{
    public static StateWord Of(ItemState state) => state switch
    {
        ItemState.NotSubmitted => new("No presentado", Tone.Neutral),
        ItemState.Draft => new("Borrador", Tone.Warning),
        ItemState.Submitted => new("Presentado", Tone.Pending),
        ItemState.Observed => new("Observado", Tone.Warning),
        ItemState.Approved => new("Aprobado", Tone.Good),
        ItemState.Rejected => new("Rechazado", Tone.Bad),
        ItemState.Overdue => new("Vencido", Tone.Bad),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>A submission reads as the item state it gives.</summary>
    public static StateWord Of(SubmissionStatus status) => Of(status switch
    {
        SubmissionStatus.Draft => ItemState.Draft,
        SubmissionStatus.Submitted => ItemState.Submitted,
        SubmissionStatus.Observed => ItemState.Observed,
        SubmissionStatus.Approved => ItemState.Approved,
        SubmissionStatus.Rejected => ItemState.Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    });

    public static StateWord Of(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => new("Cumple", Tone.Good),
        ComplianceStatus.OnTrack => new("En camino", Tone.Pending),
        ComplianceStatus.AtRisk => new("En riesgo", Tone.Warning),
        ComplianceStatus.NotMet => new("No cumple", Tone.Bad),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static StateWord Of(JobStatus status) => status switch
    {
        JobStatus.Queued => new("En cola", Tone.Neutral),
        JobStatus.Running => new("En curso", Tone.Pending),
        JobStatus.Retrying => new("Reintentando", Tone.Warning),
        JobStatus.Succeeded => new("Terminado", Tone.Good),
        JobStatus.Failed => new("Falló", Tone.Bad),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
