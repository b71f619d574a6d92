namespace IncentiveCompliance.Core.Domain.Training;

/// <summary>A participant's position ("cargo") in the municipality.</summary>
public enum Position
{
    SecurityManager,          // gerente de seguridad ciudadana
    CommitmentOfficer,        // responsable del compromiso
    BudgetManager,            // gerente de presupuesto
    Sereno,                   // sereno (serenazgo)
    Other,                    // otro
}
