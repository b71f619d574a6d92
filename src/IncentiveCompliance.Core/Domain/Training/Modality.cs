namespace IncentiveCompliance.Core.Domain.Training;

public enum Modality
{
    InPerson, // presencial
    Virtual,
}
