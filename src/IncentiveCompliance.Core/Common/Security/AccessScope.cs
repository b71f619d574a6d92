namespace IncentiveCompliance.Core.Common.Security;

/// <summary>
/// What a signed-in user may reach: an administrator everything, a national viewer every region (to read), a regional
/// secretariat one region (department code), a municipal user one municipality (ubigeo). The only place scope is decided.
/// </summary>
/// <remarks>
/// A national viewer (MININTER's DGSC, MEF's DGPP) covers every territory, so what keeps it read-only is the role list
/// of each request: it is named only on reads that hold no personal data (names, DNIs, e-mails) and no evidence (see
/// docs/security.md). Every write, evidence file, audit trail, user, attendee list and security event stays refused.
/// </remarks>
public sealed record AccessScope(string Role, string? RegionCode, string? Ubigeo)
{
    /// <summary>A sign-in step still to finish; until then the session reaches only the requests that finish it.</summary>
    public AccountStep PendingStep { get; init; }

    public bool CoversRegion(string regionCode) =>
        Role is Roles.Administrator or Roles.NationalViewer || (Role == Roles.RegionalSecretariat && RegionCode == regionCode);

    public bool CoversMunicipality(string ubigeo) => Role switch
    {
        Roles.Administrator or Roles.NationalViewer => true,
        Roles.RegionalSecretariat => RegionCode is not null && ubigeo.Length == 6 && ubigeo.StartsWith(RegionCode, StringComparison.Ordinal),
        Roles.MunicipalManager or Roles.BudgetOfficer => Ubigeo == ubigeo,
        _ => false,
    };

    /// <summary>The region a listing is limited to; null means every region (administrator, national viewer).</summary>
    public string? VisibleRegion => Role switch
    {
        Roles.Administrator or Roles.NationalViewer => null,
        Roles.RegionalSecretariat => RegionCode,
        _ => Ubigeo?[..2],
    };
}
