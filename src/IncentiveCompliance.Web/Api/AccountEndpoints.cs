using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

/// <summary>The caller's own account (password, second factor) and the administrator's account lifecycle (reset, disable).</summary>
public static class AccountEndpoints
{
    public static void MapAccount(this RouteGroupBuilder api)
    {
        api.MapGroup("").WithTags(ApiTags.Access)
            .MapPost("/auth/second-factor", async (CodeBody body, IMediator m, CancellationToken ct) =>
                new StepAnswer(PendingSteps.Of(await m.Send(new VerifySecondFactor(body.Code ?? ""), ct))))
            .RequireRateLimiting(SignInRateLimit.Policy)
            .ProducesConflict()
            .WithName("VerifySecondFactor")
            .WithSummary("Segundo paso del inicio de sesión: el código de la aplicación de autenticación o un código de recuperación")
            .WithDescription("Con el token que entregó `SignIn` cuando `pendingStep` es `second_factor`. Un código de recuperación sirve una sola vez. 409 si la sesión no espera un segundo factor.");

        var account = api.MapGroup("").WithTags(ApiTags.Account);
        account.MapGet("/account", async (IMediator m, CancellationToken ct) => OwnAccountView.Of(await m.Send(new GetOwnAccount(), ct)))
            .WithName("GetOwnAccount")
            .WithSummary("La cuenta de quien llama")
            .WithDescription("Correo, nombre, rol, estado del segundo factor, códigos de recuperación que quedan y el paso pendiente, si lo hay.");

        account.MapPut("/account/password", async (PasswordChange body, IMediator m, CancellationToken ct) =>
                new StepAnswer(PendingSteps.Of(await m.Send(new ChangePassword(body.CurrentPassword ?? "", body.NewPassword ?? ""), ct))))
            .RequireRateLimiting(SignInRateLimit.Policy)
            .WithName("ChangePassword")
            .WithSummary("Cambia la contraseña propia")
            .WithDescription("Pide la contraseña actual. La nueva tiene al menos 12 caracteres, no es fácil de adivinar ni usa palabras del correo.");

        account.MapPost("/account/second-factor/setup", (IMediator m, CancellationToken ct) => m.Send(new StartSecondFactorSetup(), ct))
            .WithName("StartSecondFactorSetup")
            .WithSummary("Clave para la aplicación de autenticación (texto y dirección otpauth)")
            .WithDescription("Primer paso para activar la verificación en dos pasos; la clave no se activa hasta confirmar un código con `EnableSecondFactor`.");

        account.MapPost("/account/second-factor", async (CodeBody body, IMediator m, CancellationToken ct) =>
                new RecoveryCodeList(await m.Send(new EnableSecondFactor(body.Code ?? ""), ct)))
            .WithName("EnableSecondFactor")
            .WithSummary("Activa la verificación en dos pasos con un código de la aplicación")
            .WithDescription("Devuelve los diez códigos de recuperación: se muestran esta única vez.");

        account.MapPost("/account/second-factor/disable", async (PasswordBody body, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DisableSecondFactor(body.Password ?? ""), ct);
                return Results.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent)
            .RequireRateLimiting(SignInRateLimit.Policy)
            .WithName("DisableSecondFactor")
            .WithSummary("Desactiva la verificación en dos pasos propia")
            .WithDescription("Pide la contraseña. Los roles que exigen el segundo factor (Secretaría Técnica, administración) no pueden desactivarlo (403).");

        var users = api.MapGroup("").WithTags(ApiTags.Users);
        users.MapPost("/users/{id}/password-reset", (string id, ResetBody? body, IMediator m, CancellationToken ct) =>
                m.Send(new ResetPassword(id, body?.RemoveSecondFactor ?? false), ct))
            .ProducesConflict()
            .WithName("ResetPassword")
            .WithSummary("Da una contraseña temporal, que su titular cambiará al ingresar")
            .WithDescription("Cierra las sesiones y tokens abiertos de la cuenta. Con `removeSecondFactor` quita también su segundo factor. La propia contraseña se cambia con `ChangePassword` (409).");

        users.MapPut("/users/{id}/enabled", (string id, EnabledBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SetAccountEnabled(id, body.Enabled), ct))
            .ProducesConflict()
            .WithName("SetAccountEnabled")
            .WithSummary("Desactiva o activa una cuenta")
            .WithDescription("Desactivarla cierra en el acto sus sesiones y tokens; nadie puede desactivar su propia cuenta.");
    }

    public sealed record CodeBody(string? Code);

    public sealed record PasswordBody(string? Password);

    public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

    public sealed record ResetBody(bool? RemoveSecondFactor);

    public sealed record EnabledBody(bool? Enabled);

    public sealed record StepAnswer(AccountStep? PendingStep);

    /// <summary>The recovery codes, shown once.</summary>
    public sealed record RecoveryCodeList(IReadOnlyList<string> RecoveryCodes);

    public sealed record OwnAccountView(
        string Email, string FullName, string Role, bool SecondFactorEnabled, bool SecondFactorRequired, int RecoveryCodesLeft, AccountStep? PendingStep, DateTime? LastSignInAt)
    {
        public static OwnAccountView Of(OwnAccount a) =>
            new(a.Email, a.FullName, a.Role, a.SecondFactorEnabled, a.SecondFactorRequired, a.RecoveryCodesLeft, PendingSteps.Of(a.PendingStep), a.LastSignInAt);
    }
}
