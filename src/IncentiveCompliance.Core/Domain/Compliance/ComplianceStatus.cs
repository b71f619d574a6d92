namespace IncentiveCompliance.Core.Domain.Compliance;

public enum ComplianceStatus
{
    Met,     // cumple
    OnTrack, // en camino
    AtRisk,  // en riesgo
    NotMet,  // no cumple (cannot be met any more)
}
