namespace IncentiveCompliance.Core.Domain.Catalogue;

/// <summary>A commitment ("compromiso") of a program year, e.g. the seguridad ciudadana one, with its requirements.</summary>
public sealed class Commitment(int year, string code, string name, string sector)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public int Year { get; private set; } = year;

    public string Code { get; private set; } = code;

    public string Name { get; set; } = name;

    public string Sector { get; set; } = sector;

    public IList<Requirement> Requirements { get; } = [];
}
