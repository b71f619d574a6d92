using Microsoft.AspNetCore.Authentication.Cookies;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// Over HTTPS the session cookie is named <c>__Host-ic.session</c>: browsers then accept it only when it is Secure, for
/// the whole site and from this host alone, so no sibling subdomain can plant or shadow it. Over plain HTTP (the demo on
/// 127.0.0.1) browsers would refuse that prefix, so the plain name is kept there.
/// </summary>
public sealed class HostPrefixedCookies : ICookieManager
{
    private const string Prefix = "__Host-";
    private readonly ChunkingCookieManager inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        inner.AppendResponseCookie(context, Name(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        inner.DeleteCookie(context, Name(context, key), options);

    private static string Name(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;
}
