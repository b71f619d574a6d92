using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Security;
using MediatR;

namespace IncentiveCompliance.Web.Api;

/// <summary>The JSON API under /api/v1: every route needs a bearer token except the one that issues it and the public ranking's (/api/v1/public).</summary>
public static class ApiRoutes
{
    public const string Prefix = "/api";

    /// <summary>What anyone may send without signing in: an e-mail and a password, never megabytes.</summary>
    public const long AnonymousBodyBytes = 64 * 1024;

    public static bool IsApi(HttpContext context) => IsApi(context.Request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery().WithErrorAnswers();

        var access = api.MapGroup("").WithTags(ApiTags.Access);
        access.MapPost("/auth/token", async (TokenRequest body, IMediator mediator, ApiTokens tokens, CancellationToken ct) =>
                tokens.Issue(await mediator.Send(new SignIn(body.Email ?? "", body.Password ?? ""), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimit.Policy)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AnonymousBodyBytes))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithName("SignIn")
            .WithSummary("Intercambia correo y contraseña por un token de acceso")
            .WithDescription("Devuelve el token Bearer y su vencimiento. Si la cuenta debe cambiar su contraseña o dar su segundo factor, `pendingStep` lo dice y el token solo sirve para ese paso. 401 si el correo o la contraseña no corresponden; los intentos fallidos se limitan por dirección y por cuenta (429).")
            .WithRequestExample(new TokenRequest("seguridad@wanchaq.demo.pe", "una frase larga y propia"));

        access.MapDelete("/auth/token", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SignOut(), ct);
                return Results.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent)
            .WithName("SignOut")
            .WithSummary("Revoca el token con el que se llama (cierra su sesión)")
            .WithDescription("El token deja de servir en el acto; los demás tokens y sesiones de la cuenta siguen abiertos.");

        api.MapTerritory();
        api.MapAccount();
        api.MapUsers();
        api.MapPrograms();
        api.MapSubmissions();
        api.MapCompliance();
        api.MapNational();
        api.MapTrainings();
        api.MapBudget();
        api.MapReports();
        api.MapNotifications();
        api.MapHome();
        api.MapTransparency();
    }

    public sealed record TokenRequest(string? Email, string? Password);
}
