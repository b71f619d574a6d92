using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Web.Api;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// Two ways in: a cookie for the web UI and a bearer token for /api/v1. A policy scheme picks by path, so
/// the API never honours a cookie (no cross-site requests) and pages never honour a token.
/// </summary>
public static class AuthenticationSetup
{
    public const string BearerScheme = "Bearer";
    private const string ByPath = "CookieOrBearer";

    public static IServiceCollection AddAppAuthentication(this IServiceCollection services)
    {
        services.AddSettings<AuthOptions>(AuthOptions.Section);
        services.AddOptions<BearerTokenOptions>(BearerScheme).Configure<IOptions<AuthOptions>>((o, auth) =>
            o.BearerTokenExpiration = TimeSpan.FromMinutes(auth.Value.TokenLifetimeMinutes));
        services.AddAuthentication(ByPath)
            .AddPolicyScheme(ByPath, ByPath, o => o.ForwardDefaultSelector = c =>
                ApiRoutes.IsApi(c) ? BearerScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Cuenta/Ingresar";
                o.LogoutPath = "/Cuenta/Salir";
                o.AccessDeniedPath = "/Estado/403";
                o.Cookie.Name = "ic.session";
                o.CookieManager = new HostPrefixedCookies();
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            })
            .AddBearerToken(BearerScheme);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<ApiTokens>();
        return services;
    }
}
