using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// The web UI driven as a browser does, without one: a cookie jar kept by hand (so a cookie can be copied and replayed
/// after the browser dropped it) and forms posted with the antiforgery token of the page that shows them.
/// </summary>
public sealed partial class FormClient(HttpClient client)
{
    public IDictionary<string, string> Cookies { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var token = KeyValuePair.Create(AntiforgeryFieldName, await AntiforgeryTokenAsync(formPage));
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action ?? formPage) { Content = new FormUrlEncodedContent(fields.Append(token)) });
    }

    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the form on a page, for a post sent apart from reading the page.</summary>
    public async Task<string> AntiforgeryTokenAsync(string formPage)
    {
        var page = await GetAsync(formPage);
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync());
        token.Success.Should().BeTrue($"{formPage} carries the antiforgery token in its form");
        return WebUtility.HtmlDecode(token.Groups["token"].Value);
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/Cuenta/Ingresar", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                Cookies.Remove(pair[0]);
            }
            else
            {
                Cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    [GeneratedRegex("<form[^>]*>(?:(?!</form>).)*name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.Singleline)]
    private static partial Regex AntiforgeryField();
}
