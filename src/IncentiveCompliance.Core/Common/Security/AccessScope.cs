namespace IncentiveCompliance.Core.Common.Security;

/// <summary>
/// What a signed-in user may reach: an administrator everything, a regional secretariat one region
/// (department code), a municipal user one municipality (ubigeo). The only place scope is decided.
/// </summary>
public sealed record AccessScope(string Role, string? RegionCode, string? Ubigeo)
{
    /// <summary>A sign-in step still to finish; until then the session reaches only the requests that finish it.</summary>
    public AccountStep PendingStep { get; init; }

    public bool CoversRegion(string regionCode) =>
        Role == Roles.Administrator || (Role == Roles.RegionalSecretariat && RegionCode == regionCode);

    public bool CoversMunicipality(string ubigeo) => Role switch
    {
        Roles.Administrator => true,
        Roles.RegionalSecretariat => RegionCode is not null && ubigeo.Length == 6 && ubigeo.StartsWith(RegionCode, StringComparison.Ordinal),
        Roles.MunicipalManager or Roles.BudgetOfficer => Ubigeo == ubigeo,
        _ => false,
    };

    /// <summary>The region a listing is limited to; null means every region (administrator).</summary>
    public string? VisibleRegion => Role switch
    {
        Roles.Administrator => null,
        Roles.RegionalSecretariat => RegionCode,
        _ => Ubigeo?[..2],
    };
}
