using IncentiveCompliance.Core.Common.Security;

namespace IncentiveCompliance.TestSupport;

/// <summary>Scopes of the demo's users and of a stranger from another region.</summary>
public static class TestUsers
{
    public static readonly AccessScope Admin = new(Roles.Administrator, null, null);
    public static readonly AccessScope CuscoSecretariat = new(Roles.RegionalSecretariat, "08", null);
    public static readonly AccessScope LimaSecretariat = new(Roles.RegionalSecretariat, "15", null);
    public static readonly AccessScope WanchaqManager = new(Roles.MunicipalManager, null, "080108");
    public static readonly AccessScope WanchaqBudget = new(Roles.BudgetOfficer, null, "080108");
    public static readonly AccessScope SantiagoManager = new(Roles.MunicipalManager, null, "080106");
    public static readonly AccessScope National = new(Roles.NationalViewer, null, null);

    /// <summary>Passwords that pass the password rule (long and hard to guess), for accounts the tests open.</summary>
    public const string Passphrase = "vicuña telar granizo ollantay";
    public const string OtherPassphrase = "quipu retama cóndor puna";

    public const string Wanchaq = "080108";
    public const string Santiago = "080106";
}
