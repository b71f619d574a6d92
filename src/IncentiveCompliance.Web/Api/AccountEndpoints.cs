using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

/// <summary>The caller's own account (password, second factor) and the administrator's account lifecycle (reset, disable).</summary>
public static class AccountEndpoints
{
    public static void MapAccount(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/second-factor", async (CodeBody body, IMediator m, CancellationToken ct) =>
                new StepAnswer(PendingSteps.Of(await m.Send(new VerifySecondFactor(body.Code ?? ""), ct))))
            .RequireRateLimiting(SignInRateLimit.Policy)
            .WithSummary("Segundo paso del inicio de sesión: el código de la aplicación de autenticación o un código de recuperación");

        api.MapGet("/account", async (IMediator m, CancellationToken ct) => OwnAccountView.Of(await m.Send(new GetOwnAccount(), ct)))
            .WithSummary("La cuenta de quien llama");

        api.MapPut("/account/password", async (PasswordChange body, IMediator m, CancellationToken ct) =>
                new StepAnswer(PendingSteps.Of(await m.Send(new ChangePassword(body.CurrentPassword ?? "", body.NewPassword ?? ""), ct))))
            .RequireRateLimiting(SignInRateLimit.Policy)
            .WithSummary("Cambia la contraseña propia");

        api.MapPost("/account/second-factor/setup", (IMediator m, CancellationToken ct) => m.Send(new StartSecondFactorSetup(), ct))
            .WithSummary("Clave para la aplicación de autenticación (texto y dirección otpauth)");

        api.MapPost("/account/second-factor", async (CodeBody body, IMediator m, CancellationToken ct) =>
                new { RecoveryCodes = await m.Send(new EnableSecondFactor(body.Code ?? ""), ct) })
            .WithSummary("Activa la verificación en dos pasos con un código de la aplicación; devuelve los códigos de recuperación");

        api.MapPost("/account/second-factor/disable", async (PasswordBody body, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DisableSecondFactor(body.Password ?? ""), ct);
                return Results.NoContent();
            })
            .RequireRateLimiting(SignInRateLimit.Policy)
            .WithSummary("Desactiva la verificación en dos pasos propia (no para los roles que la exigen)");

        api.MapPost("/users/{id}/password-reset", (string id, ResetBody? body, IMediator m, CancellationToken ct) =>
                m.Send(new ResetPassword(id, body?.RemoveSecondFactor ?? false), ct))
            .WithSummary("Da una contraseña temporal, que su titular cambiará al ingresar");

        api.MapPut("/users/{id}/enabled", (string id, EnabledBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SetAccountEnabled(id, body.Enabled), ct))
            .WithSummary("Desactiva o activa una cuenta; desactivarla cierra sus sesiones y tokens");
    }

    public sealed record CodeBody(string? Code);

    public sealed record PasswordBody(string? Password);

    public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

    public sealed record ResetBody(bool? RemoveSecondFactor);

    public sealed record EnabledBody(bool? Enabled);

    public sealed record StepAnswer(AccountStep? PendingStep);

    public sealed record OwnAccountView(
        string Email, string FullName, string Role, bool SecondFactorEnabled, bool SecondFactorRequired, int RecoveryCodesLeft, AccountStep? PendingStep, DateTime? LastSignInAt)
    {
        public static OwnAccountView Of(OwnAccount a) =>
            new(a.Email, a.FullName, a.Role, a.SecondFactorEnabled, a.SecondFactorRequired, a.RecoveryCodesLeft, PendingSteps.Of(a.PendingStep), a.LastSignInAt);
    }
}
