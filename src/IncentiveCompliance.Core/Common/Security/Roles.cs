namespace IncentiveCompliance.Core.Common.Security;

/// <summary>The five roles of the product; each user has exactly one.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string RegionalSecretariat = nameof(RegionalSecretariat); // Secretaría Técnica del CORESEC
    public const string MunicipalManager = nameof(MunicipalManager);       // responsable de seguridad ciudadana
    public const string BudgetOfficer = nameof(BudgetOfficer);             // responsable de presupuesto
    public const string NationalViewer = nameof(NationalViewer);           // MININTER (DGSC), MEF (DGPP): reads every region, writes nothing

    public static readonly IReadOnlyList<string> All =
        [Administrator, RegionalSecretariat, MunicipalManager, BudgetOfficer, NationalViewer];

    public static bool IsMunicipal(string role) => role is MunicipalManager or BudgetOfficer;

    /// <summary>Roles that reach a whole region or more sign in with an authenticator app as well as a password.</summary>
    public static bool RequiresSecondFactor(string role) => role is Administrator or RegionalSecretariat or NationalViewer;

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Administrador",
        RegionalSecretariat => "Secretaría Técnica regional",
        MunicipalManager => "Responsable de seguridad ciudadana",
        BudgetOfficer => "Responsable de presupuesto",
        NationalViewer => "Consulta nacional",
        _ => role,
    };
}
