using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The pages that show a paged list link to the next page and back to the first, never cutting a list silently.</summary>
public sealed partial class PagingPageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_regions_municipalities_are_shown_a_page_at_a_time_with_a_link_to_the_next(DatabaseProvider provider)
    {
        var browser = await SignedIn(provider, DemoEmails.Secretariat);

        var first = await Html(browser, "/Regiones/08");
        var second = await Html(browser, NextLink(first)!);
        var third = await Html(browser, NextLink(second)!);

        first.Should().Contain("50 municipalidades en esta página; hay más en la siguiente.").And.NotContain("Volver al inicio");
        NextLink(first).Should().StartWith("/Regiones/08?desde=");
        second.Should().Contain("Volver al inicio");
        NextLink(third).Should().BeNull();
        third.Should().Contain("16 municipalidades en esta página.");
        var ubigeos = new[] { first, second, third }.SelectMany(Ubigeos).ToList();
        ubigeos.Should().HaveCount(116).And.OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_next_link_keeps_the_search_and_a_short_list_shows_whole(DatabaseProvider provider)
    {
        var browser = await SignedIn(provider, DemoEmails.Secretariat);

        var searched = await Html(browser, "/Regiones/08?q=wanchaq");
        var holidays = await Html(browser, "/Feriados?anio=2026");

        searched.Should().Contain("1 municipalidad coincide con «wanchaq».").And.NotContain("Páginas de la lista");
        holidays.Should().NotContain("Siguiente");
        (await browser.GetAsync($"/Regiones/08?q=san&desde={Uri.EscapeDataString("no-es-un-cursor")}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_user_pages_find_their_one_user(DatabaseProvider provider)
    {
        var browser = await SignedIn(provider, DemoEmails.Admin);
        var users = await Html(browser, "/Usuarios");
        var id = RoleLink().Match(users).Groups[1].Value;

        (await Html(browser, $"/Usuarios/Rol/{id}")).Should().Contain("Cambiar el rol de ");
        (await Html(browser, $"/Usuarios/Clave/{id}")).Should().Contain("Restablecer la contraseña de ");
        (await browser.GetAsync("/Usuarios/Rol/nadie")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<FormClient> SignedIn(DatabaseProvider provider, string email)
    {
        var browser = new FormClient(api.Factory(provider).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));
        (await browser.SignInAsync(email, DemoData.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }

    private static async Task<string> Html(FormClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string? NextLink(string html) =>
        NextAnchor().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static IEnumerable<string> Ubigeos(string html) => UbigeoCell().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("""<a href="([^"]+)" rel="next">""")]
    private static partial Regex NextAnchor();

    [GeneratedRegex("<td>(08[0-9]{4})</td>")]
    private static partial Regex UbigeoCell();

    [GeneratedRegex("""href="/Usuarios/Rol/([^"]+)">""")]
    private static partial Regex RoleLink();
}
