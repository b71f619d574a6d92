namespace IncentiveCompliance.Core.Domain.Territory;

/// <summary>The municipality governing one district, keyed by the district's ubigeo.</summary>
public sealed class Municipality(string ubigeo, string name)
{
    public static readonly IReadOnlyList<string> PiTypes = ["A", "B", "C", "D", "E", "F", "G"];

    public string Ubigeo { get; private set; } = ubigeo;

    public string Name { get; set; } = name;

    public string ProvinceCode { get; private set; } = Territory.Ubigeo.ProvinceOf(ubigeo);

    public Province Province { get; private set; } = null!;

    public MunicipalityKind Kind { get; private set; } = Territory.Ubigeo.KindOf(ubigeo);

    /// <summary>Type in the Programa de Incentivos (A–G); set by the DGPP's resolution, empty until known.</summary>
    public string? PiType { get; private set; }

    /// <summary>SIAF executing-unit code (SEC_EJEC) of the municipality, empty until known.</summary>
    public string? ExecutingUnitCode { get; private set; }

    /// <summary>Optimistic concurrency: each change increments it; an edit based on an older version is refused.</summary>
    public int Version { get; private set; }

    public void UpdateProgramData(string? piType, string? executingUnitCode)
    {
        PiType = piType;
        ExecutingUnitCode = executingUnitCode;
        Version++;
    }

    public void Rename(string name)
    {
        Name = name;
        Version++;
    }
}
