using System.Net;
using System.Net.Http.Headers;
using FluentAssertions;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.Infrastructure.Security;
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

    [Fact]
    public async Task A_replaced_certificate_keeps_sessions_while_the_previous_one_is_named_and_revocation_ends_them()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.Sqlite, postgres, demo: true);
        var replacement = Path.Combine(database.DataDirectory, "nuevo.pfx");
        KeyCertificate.WriteThrowaway(replacement, "otra");
        var replaced = new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = replacement, ["DataProtection:CertificatePassword"] = "otra" };
        var whileReplacing = new Dictionary<string, string?>(replaced)
        {
            ["DataProtection:PreviousCertificatePath"] = TestCertificate.FilePath,
            ["DataProtection:PreviousCertificatePassword"] = TestCertificate.Password,
        };
        var oldToken = await TokenAsync(database, settings: null);

        (await RotateAsync(database, whileReplacing)).Should().Contain("en uso hasta");
        string newToken;
        await using (var node = await AppProcess.StartAsync(database, whileReplacing))
        {
            (await AccountStatusAsync(node, oldToken)).Should().Be(HttpStatusCode.OK, "the previous certificate still reads the key that signed it");
            newToken = await BearerAsync(node);
        }

        await using (var node = await AppProcess.StartAsync(database, replaced))
        {
            (await AccountStatusAsync(node, newToken)).Should().Be(HttpStatusCode.OK, "the rotated key is encrypted with the new certificate");
            (await AccountStatusAsync(node, oldToken)).Should().Be(HttpStatusCode.Unauthorized, "without the previous certificate its keys are unreadable");
        }

        (await RotateAsync(database, replaced, "--revocar")).Should().Contain("revocadas");
        await using (var node = await AppProcess.StartAsync(database, replaced))
        {
            (await AccountStatusAsync(node, newToken)).Should().Be(HttpStatusCode.Unauthorized);
            (await AccountStatusAsync(node, await BearerAsync(node))).Should().Be(HttpStatusCode.OK);
        }
    }

    private static async Task<string> TokenAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings)
    {
        await using var node = await AppProcess.StartAsync(database, settings);
        return await BearerAsync(node);
    }

    private static async Task<string> BearerAsync(AppProcess node)
    {
        using var client = await node.ApiAsync();
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    private static async Task<string> RotateAsync(TestDatabase database, IReadOnlyDictionary<string, string?> settings, params string[] options)
    {
        var (exitCode, output) = await AppProcess.RunCommandAsync(database, settings, ["rotate-keys", .. options]);
        exitCode.Should().Be(0, output);
        return output;
    }

    private static async Task<HttpStatusCode> AccountStatusAsync(AppProcess node, string token)
    {
        using var client = new HttpClient { BaseAddress = new Uri(node.BaseAddress!, "/api/v1/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(new Uri("account", UriKind.Relative));
        return response.StatusCode;
    }
}
