namespace IncentiveCompliance.Core.Domain.Territory;

/// <summary>A province, keyed by its 4-digit ubigeo.</summary>
public sealed class Province(string code, string name)
{
    public string Code { get; private set; } = code;

    public string Name { get; set; } = name;

    public string RegionCode { get; private set; } = Ubigeo.RegionOf(code + "00");

    public IList<Municipality> Municipalities { get; } = [];
}
