using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// The requirement page (Wanchaq's manager on the demo's 2026 catalogue): its form is read by the API's binder, so a
/// value the API refuses is refused here the same way, and it draws itself from one query.
/// </summary>
public sealed class RequirementPageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Wanchaq = "080108";

    private static string PageOf(string code) => $"/Municipalidades/{Wanchaq}/Requisitos/{code}?anio=2026";

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_date_that_does_not_read_is_shown_beside_its_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        var browser = await SignedInBrowser(api.Factory(provider));

        var response = await browser.PostFormAsync(PageOf("H3"), new Dictionary<string, string> { ["note"] = "Acta", ["evidenceDate"] = "31/12/2026", ["draft"] = "true" });

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the page is drawn again with its errors");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        FieldError(html, "evidenceDate").Should().Be("«31/12/2026» no es una fecha AAAA-MM-DD.", "the API's own words, beside the field");
        html.Should().Contain(">Acta</textarea>", "what was typed is kept");
        (await SubmissionsOf(provider, "H3")).Should().Be(0);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_page_and_the_api_refuse_the_same_value_with_the_same_words(DatabaseProvider provider)
    {
        var browser = await SignedInBrowser(api.Factory(provider));
        var client = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        var fields = new Dictionary<string, string> { ["value"] = "setenta", ["periodFrom"] = "2026-13-01", ["draft"] = "true" };

        var page = WebUtility.HtmlDecode(await (await browser.PostFormAsync(PageOf("5.2"), fields)).Content.ReadAsStringAsync());
        var answer = await client.PostAsync($"/api/v1/municipalities/{Wanchaq}/requirements/5.2/submissions?year=2026", Multipart([.. fields.Select(f => (f.Key, f.Value))]));

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("value")[0].GetString().Should().Be("«setenta» no es un número (p. ej. 70.5 o 70,5).").And.Be(FieldError(page, "value"));
        errors.GetProperty("periodFrom")[0].GetString().Should().Be("«2026-13-01» no es una fecha AAAA-MM-DD.").And.Be(FieldError(page, "periodFrom"));
        (await SubmissionsOf(provider, "5.2")).Should().Be(0);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_draft_saved_from_the_page_keeps_what_was_typed(DatabaseProvider provider)
    {
        var browser = await SignedInBrowser(api.Factory(provider));

        var response = await browser.PostFormAsync(PageOf("5.3"), new Dictionary<string, string>
        {
            ["note"] = "Conteo de marzo", ["value"] = "72,5", ["periodFrom"] = "2026-03-01", ["periodTo"] = "2026-03-31", ["evidenceDate"] = "2026-04-02", ["draft"] = "true",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
        response.Headers.Location.ToString().Should().Be($"/Avances/{id}");
        var client = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        var saved = await client.GetFromJsonAsync<JsonElement>($"/api/v1/submissions/{id}");
        saved.GetProperty("status").GetString().Should().Be("draft");
        saved.GetProperty("note").GetString().Should().Be("Conteo de marzo");
        saved.GetProperty("value").GetDecimal().Should().Be(72.5m);
        (saved.GetProperty("periodFrom").GetString(), saved.GetProperty("periodTo").GetString(), saved.GetProperty("evidenceDate").GetString())
            .Should().Be(("2026-03-01", "2026-03-31", "2026-04-02"));
    }

    /// <summary>
    /// Drawing the page again after a refused submit (sent for review without a file) used to take five mediator requests
    /// and their queries; now the page asks one query. Counted on a requirement that has a draft, so the list is not empty.
    /// </summary>
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Drawing_the_page_again_after_a_refused_submit_takes_a_few_sql_commands(DatabaseProvider provider)
    {
        var commands = new SqlCommandCounter();
        var counted = api.Factory(provider).WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(commands))));
        var client = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        (await client.PostAsync($"/api/v1/municipalities/{Wanchaq}/requirements/H2/submissions?year=2026", Multipart(("draft", "true"))))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var browser = await SignedInBrowser(counted);
        var refused = new Dictionary<string, string> { ["note"] = "Sin archivo" };
        (await browser.PostFormAsync(PageOf("H2"), refused)).StatusCode.Should().Be(HttpStatusCode.OK, "a first pass prepares what is prepared once");

        commands.Reset();
        refused[FormClient.AntiforgeryFieldName] = await browser.AntiforgeryTokenAsync(PageOf("H2"));
        var shown = commands.Count;
        commands.Reset();
        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, PageOf("H2")) { Content = new FormUrlEncodedContent(refused) });
        var drawnAgain = commands.Count;

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Adjunte al menos un archivo de evidencia.").And.Contain("Borrador", "the draft is listed");
        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: {shown} SQL commands to show the requirement page, {drawnAgain} to draw it again after a refused submit");
        drawnAgain.Should().BeLessThanOrEqualTo(5, "the session check, the page's query (municipality, requirement, submissions) and the unread notifications");
        shown.Should().Be(drawnAgain, "the refused request is refused before its handler reads anything");
    }

    /// <summary>Deadline notices carry this path, written in Core and e-mailed (DeadlineAlertsTests pins what they write).</summary>
    [Fact]
    public void Deadline_notices_link_to_the_requirement_page_by_its_route()
    {
        var links = api.Factory(DatabaseProvider.Sqlite).Services.GetRequiredService<LinkGenerator>();

        links.GetPathByPage("/Municipalidades/Requisito", values: new { ubigeo = Wanchaq, code = "I1", anio = 2027 })
            .Should().Be("/Municipalidades/080108/Requisitos/I1?anio=2027");
    }

    private static async Task<FormClient> SignedInBrowser(WebApplicationFactory<Program> factory)
    {
        var browser = new FormClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));
        (await browser.SignInAsync(DemoEmails.WanchaqManager, DemoData.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }

    private async Task<int> SubmissionsOf(DatabaseProvider provider, string code)
    {
        await using var scope = api.Factory(provider).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Submissions.CountAsync(s => s.Ubigeo == Wanchaq && db.Requirements.Any(r => r.Id == s.RequirementId && r.Year == 2026 && r.Code == code));
    }

    /// <summary>The error shown beside a field: the element its input names in aria-describedby.</summary>
    private static string? FieldError(string html, string field)
    {
        var input = Regex.Match(html, $"<(?:input|textarea)[^>]*name=\"{Regex.Escape(field)}\"[^>]*>");
        input.Success.Should().BeTrue($"the form has the field {field}");
        var describedBy = Regex.Match(input.Value, "aria-describedby=\"([^\"]+)\"");
        describedBy.Success.Should().BeTrue($"the field {field} points at its error");
        var error = Regex.Match(html, $"<[a-z]+[^>]*id=\"{Regex.Escape(describedBy.Groups[1].Value)}\"[^>]*>([^<]*)<");
        return error.Success ? error.Groups[1].Value.Trim() : null;
    }

    private static MultipartFormDataContent Multipart(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>Counts the SQL commands the application's contexts run.</summary>
    private sealed class SqlCommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);

        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref count);
            return result;
        }
    }
}
