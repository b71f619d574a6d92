namespace IncentiveCompliance.Core.Domain.Territory;

public enum MunicipalityKind
{
    Provincial, // municipalidad provincial
    District,   // municipalidad distrital
}
