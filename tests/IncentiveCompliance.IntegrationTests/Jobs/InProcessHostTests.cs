using System.Net;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Http;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Jobs;

/// <summary>In-process hosts (no job server) share one process with Hangfire's process-wide state; one ending must not break another.</summary>
public sealed class InProcessHostTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_host_disposed_before_another_leaves_the_others_job_client_working()
    {
        await using var staying = await AppFactory.CreateAsync(DatabaseProvider.Sqlite, postgres);
        _ = staying.Server; // started: Hangfire configured for it
        await using (var leaving = await AppFactory.CreateAsync(DatabaseProvider.Sqlite, postgres))
        {
            (await ScheduleStatusAsync(leaving)).Should().Be(HttpStatusCode.OK);
        }

        (await ScheduleStatusAsync(staying)).Should().Be(HttpStatusCode.OK, "its first job client is built after the other host is gone");
    }

    /// <summary>Reading a region's schedule builds the job client (Hangfire's recurring job manager among it).</summary>
    private static async Task<HttpStatusCode> ScheduleStatusAsync(AppFactory factory)
    {
        var client = factory.CreateClient();
        var token = await client.PostAsync("/api/v1/auth/token", System.Net.Http.Json.JsonContent.Create(new { email = DemoEmails.Admin, password = Infrastructure.Demo.DemoData.Password }));
        var accessToken = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<ApiFixture.TokenResponse>(token.Content))!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return (await client.GetAsync("/api/v1/regions/08/report-schedule")).StatusCode;
    }
}
