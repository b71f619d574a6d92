using FluentAssertions;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>The keys that sign sessions and tokens are encrypted in the database; without a certificate only the demo starts.</summary>
public sealed class KeyProtectionTests(ApiFixture api, PostgresServer postgres) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_session_keys_are_stored_encrypted_with_the_configured_certificate(DatabaseProvider provider)
    {
        await api.SignedIn(provider, DemoEmails.Admin); // a token needs a key

        await using var scope = api.Factory(provider).Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();

        keys.Should().NotBeEmpty();
        keys.Should().OnlyContain(xml => xml!.Contains("<encryptedSecret", StringComparison.Ordinal) && !xml.Contains("unencrypted form", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_certificate_the_application_refuses_to_start_saying_what_to_set()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);

        var (exitCode, output) = await AppProcess.RunUntilExitAsync(database, TimeSpan.FromSeconds(60), new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = "",
            ["Demo:Enabled"] = "false",
        });

        exitCode.Should().Be(1, output);
        output.Should().Contain("DataProtection__CertificatePath").And.NotContain("   at ");
    }

    [Fact]
    public async Task The_demo_starts_without_one_and_warns()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);

        await using var node = await AppProcess.StartAsync(database, new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "", ["Demo:Enabled"] = "true" });

        node.Output.Should().Contain("Aviso: sin DataProtection__CertificatePath");
    }
}
