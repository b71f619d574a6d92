using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>A request the framework cannot bind gets a 400 that names the field and what it expects, like a validator's.</summary>
public sealed class BindingErrorTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("POST", "/api/v1/submissions/00000000-0000-0000-0000-000000000000/review", """{"decision":"observe","correctionDueDate":"14/05/2026"}""", "correctionDueDate", "AAAA-MM-DD")]
    [InlineData("PUT", "/api/v1/municipalities/080108", """{"piType":["A","B"],"version":0}""", "piType", "un texto")]
    [InlineData("PUT", "/api/v1/municipalities/080108", """{"piType":"A","version":"cero"}""", "version", "un número entero")]
    [InlineData("POST", "/api/v1/regions/08/reports", """{"year": 2026""", "body", "no es JSON válido")]
    [InlineData("GET", "/api/v1/regions/08/compliance?year=dos-mil", null, "year", "un número entero; llegó «dos-mil»")]
    public async Task A_value_that_does_not_bind_is_named_with_what_was_expected(string method, string path, string? json, string field, string expected)
    {
        var client = await api.SignedIn(DatabaseProvider.Sqlite, DemoEmails.Secretariat);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().Should().Be("Los datos enviados no son válidos.");
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Single().GetString().Should().Contain(expected);
    }

    [Fact]
    public async Task A_body_sent_as_another_content_type_is_told_to_send_json()
    {
        var client = await api.SignedIn(DatabaseProvider.Sqlite, DemoEmails.Secretariat);

        var response = await client.PostAsync("/api/v1/regions/08/reports", new StringContent("year=2026", Encoding.UTF8, "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Contain("application/json");
    }
}
