using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>Optimistic concurrency in HTTP terms: a read's ETag, a write's If-Match, 412 when the record changed meanwhile.</summary>
public sealed class EntityTagTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_municipality_edit_names_the_version_it_read(DatabaseProvider provider)
    {
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        const string path = "/api/v1/municipalities/080104";
        var read = await secretariat.GetAsync(path);
        var tag = read.Headers.ETag!;
        var version = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        tag.Tag.Should().Be($"\"{version}\"");
        tag.IsWeak.Should().BeFalse();

        var saved = await secretariat.SendAsync(Put(path, new { piType = "B", executingUnitCode = "301234" }, tag.ToString()));
        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        saved.Headers.ETag!.Tag.Should().Be($"\"{version + 1}\"");

        var stale = await secretariat.SendAsync(Put(path, new { piType = "C" }, tag.ToString()));
        var weak = await secretariat.SendAsync(Put(path, new { piType = "C" }, $"W/\"{version + 1}\""));
        var staleBody = await secretariat.SendAsync(Put(path, new { piType = "C", version }, null));
        var unnamed = await secretariat.SendAsync(Put(path, new { piType = "C" }, null));

        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Contain("Otra persona modificó esta municipalidad");
        weak.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "If-Match compares strongly: a weak tag never matches");
        staleBody.StatusCode.Should().Be(HttpStatusCode.Conflict, "a stale version in the body is a conflict, as it has always been");
        unnamed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unnamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("version")[0].GetString().Should().Contain("If-Match");
        (await secretariat.GetFromJsonAsync<JsonElement>(path)).GetProperty("piType").GetString().Should().Be("B", "nothing stale was saved");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_review_names_the_version_it_read(DatabaseProvider provider)
    {
        var admin = await api.SignedIn(provider, DemoEmails.Admin);
        var manager = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);
        (await admin.PutAsync($"/api/v1/programs/{TestCatalogue.Year}/catalogue", new StringContent(TestCatalogue.Json(), Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var form = new MultipartFormDataContent { { new StringContent("Acta firmada"), "note" }, { new StringContent(TestCatalogue.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "evidenceDate" } };
        var created = await manager.PostAsync($"/api/v1/municipalities/{TestUsers.Wanchaq}/requirements/M1/submissions?year={TestCatalogue.Year}", form.WithFile(TestFiles.Pdf, "acta.pdf"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var read = await secretariat.GetAsync($"/api/v1/submissions/{id}");
        var tag = read.Headers.ETag!.ToString();
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/submissions/{id}/review") { Content = JsonContent.Create(new { decision = "approve" }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"999\""));
        var refused = await secretariat.SendAsync(stale);
        var review = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/submissions/{id}/review") { Content = JsonContent.Create(new { decision = "approve" }) };
        review.Headers.TryAddWithoutValidation("If-Match", tag);
        var approved = await secretariat.SendAsync(review);

        refused.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().Should().Contain("cambió desde que lo leyó");
        approved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("approved");
        (await secretariat.GetAsync($"/api/v1/submissions/{id}")).Headers.ETag!.ToString().Should().NotBe(tag, "a review changes the version");
    }

    private static HttpRequestMessage Put(string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
