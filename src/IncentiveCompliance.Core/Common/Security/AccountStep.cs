namespace IncentiveCompliance.Core.Common.Security;

/// <summary>
/// What a session must still do before it reaches the application: the sign-in's second factor, replacing a temporary
/// password, or setting up an authenticator app when the role requires one. Until then the session may send only the
/// requests that finish that step (see <see cref="AllowedDuringAttribute"/>).
/// </summary>
public enum AccountStep
{
    None,
    SecondFactor,
    PasswordChange,
    SecondFactorEnrollment,
}

public static class AccountSteps
{
    public static string Explain(AccountStep step) => step switch
    {
        AccountStep.SecondFactor => "Ingrese el código de su aplicación de autenticación para terminar de iniciar sesión.",
        AccountStep.PasswordChange => "Debe cambiar su contraseña temporal antes de continuar.",
        AccountStep.SecondFactorEnrollment => "Su rol exige la verificación en dos pasos: configúrela antes de continuar.",
        _ => "",
    };
}
