namespace IncentiveCompliance.Core.Domain.Territory;

/// <summary>INEI's territorial codes: 2 digits department, 4 province, 6 district.</summary>
public static class Ubigeo
{
    public const string DistrictPattern = "^[0-9]{6}$";
    public const string RegionPattern = "^[0-9]{2}$";

    public static bool IsDistrict(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);

    public static string RegionOf(string ubigeo) => ubigeo[..2];

    public static string ProvinceOf(string ubigeo) => ubigeo[..4];

    /// <summary>The district holding the province's capital (code ending in 01) is governed by the provincial municipality.</summary>
    public static MunicipalityKind KindOf(string ubigeo) =>
        ubigeo.EndsWith("01", StringComparison.Ordinal) ? MunicipalityKind.Provincial : MunicipalityKind.District;
}
