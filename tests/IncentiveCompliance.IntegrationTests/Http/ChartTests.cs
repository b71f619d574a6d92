using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The server-drawn charts show what the API answers: month-end history, scores, a municipality's items.</summary>
public sealed partial class ChartTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Year = 2026; // the demo catalogue's year: October and November are over whenever the test runs

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_month_by_month_chart_and_the_home_page_read_the_month_end_records(DatabaseProvider provider)
    {
        await RecordAsync(provider, month: 10, met: 10);
        await RecordAsync(provider, month: 11, met: 12);
        var secretariat = await api.SignedIn(provider, DemoEmails.Secretariat);

        var history = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/regions/08/compliance/history?year={Year}");
        var dashboard = await api.PageAsync(provider, DemoEmails.Secretariat, $"/Regiones/08/Cumplimiento?anio={Year}");
        var home = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/regions/08/home?year={Year}");

        history.EnumerateArray().Select(h => (h.GetProperty("month").GetInt32(), h.GetProperty("statuses").GetProperty("met").GetInt32(), h.GetProperty("statuses").GetProperty("atRisk").GetInt32()))
            .Should().Equal((10, 10, 106), (11, 12, 104));
        Description(dashboard, "historia-desc").Should().Contain("octubre: 10 cumple, 0 en camino, 106 en riesgo, 0 no cumple")
            .And.Contain("noviembre: 12 cumple, 0 en camino, 104 en riesgo, 0 no cumple");
        home.GetProperty("previousMonth").GetProperty("month").GetInt32().Should().Be(11);
        home.GetProperty("previousMonth").GetProperty("statuses").GetProperty("met").GetInt32().Should().Be(12);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_score_chart_and_the_timeline_count_what_the_api_lists(DatabaseProvider provider)
    {
        var manager = await api.SignedIn(provider, DemoEmails.WanchaqManager);
        var items = (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{TestUsers.Wanchaq}/compliance?year={Year}")).GetProperty("items");

        var municipality = await api.PageAsync(provider, DemoEmails.WanchaqManager, $"/Municipalidades/{TestUsers.Wanchaq}/Cumplimiento?anio={Year}");
        var dashboard = await api.PageAsync(provider, DemoEmails.Secretariat, $"/Regiones/08/Cumplimiento?anio={Year}");

        Dots().Matches(municipality).Count.Should().Be(items.GetArrayLength()).And.BePositive();
        Description(dashboard, "puntajes-desc").Should().Contain("0–9 %: 116", "no municipality has scored yet in the demo");
    }

    private async Task RecordAsync(DatabaseProvider provider, int month, int met)
    {
        using var scope = api.Factory(provider).Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ubigeos = await db.Municipalities.Where(m => m.Ubigeo.StartsWith("08")).OrderBy(m => m.Ubigeo).Select(m => m.Ubigeo).ToListAsync();
        db.MonthlyStatuses.AddRange(ubigeos.Select((u, i) => new MonthlyStatus
        {
            Ubigeo = u, Year = Year, Month = month, Status = i < met ? ComplianceStatus.Met : ComplianceStatus.AtRisk, Score = i < met ? 80 : 10, RecordedAt = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
    }


    private static string Description(string html, string id) => Regex.Match(html, $"""<desc id="{id}">([^<]*)</desc>""").Groups[1].Value;

    [GeneratedRegex("""<circle [^>]*class="mark """)]
    private static partial Regex Dots();
}
