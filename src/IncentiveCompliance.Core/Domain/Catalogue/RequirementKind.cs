namespace IncentiveCompliance.Core.Domain.Catalogue;

public enum RequirementKind
{
    Milestone, // "hito": evidence only
    Indicator, // a numeric value against a target that depends on the municipality type
    Training,  // satisfied by training attendance
}
