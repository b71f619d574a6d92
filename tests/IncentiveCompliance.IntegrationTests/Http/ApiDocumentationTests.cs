using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// The API as integrators meet it: the interactive reference at /docs/api (public, self-contained, under its own content
/// policy), and the OpenAPI document, linted with Redocly's recommended rules and turned into a TypeScript client.
/// </summary>
public sealed class ApiDocumentationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>Set by ./build.sh test: the npm tools' folder (.tools/openapi/node_modules/.bin).</summary>
    private const string ToolsVariable = "IC_OPENAPI_TOOLS";

    private static readonly string Specimens = Path.Combine(AppContext.BaseDirectory, "Http", "OpenApiClient");

    [Fact]
    public async Task The_reference_is_a_public_page_with_its_own_content_policy()
    {
        var client = api.Anonymous(DatabaseProvider.Sqlite);

        var page = await client.GetAsync("/docs/api");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/docs/api/", "Scalar's page loads its scripts relative to the folder");
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("<title>IncentiveCompliance — referencia de la API</title>").And.Contain("openapi/v1.json").And.NotContain("https://");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(html, "nonce=\"([^\"]+)\"").Groups[1].Value;
        nonce.Should().NotBeEmpty();
        policy.Should().Be(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
            $"script-src 'self' 'nonce-{nonce}'; object-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'self'");
        (await client.GetAsync("/docs/api/")).Headers.GetValues("Content-Security-Policy").Single().Should().NotBe(policy, "a nonce serves one response");
    }

    [Fact]
    public async Task The_references_scripts_are_served_by_the_application_without_signing_in()
    {
        var client = api.Anonymous(DatabaseProvider.Sqlite);

        foreach (var path in new[] { "/docs/api/scalar.js", "/docs/api/scalar.aspnetcore.js", "/js/api-reference.js" })
        {
            var script = await client.GetAsync(path);
            script.StatusCode.Should().Be(HttpStatusCode.OK, path);
            script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript", path);
        }
    }

    [Fact]
    public async Task The_old_address_under_api_redirects_to_the_reference()
    {
        var client = api.Factory(DatabaseProvider.Sqlite).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/docs");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/docs/api");
    }

    [Fact]
    public async Task The_document_passes_the_recommended_lint_and_makes_a_typed_client()
    {
        var tools = Environment.GetEnvironmentVariable(ToolsVariable);
        if (string.IsNullOrEmpty(tools) || !File.Exists(Path.Combine(tools, "redocly")))
        {
            Assert.Fail($"Faltan las herramientas de OpenAPI ({ToolsVariable}={tools ?? "sin definir"}): ejecute ./build.sh test, " +
                "que instala con npm @redocly/cli, openapi-typescript y typescript en .tools/openapi y define la variable.");
        }

        var folder = Directory.CreateTempSubdirectory("ic-openapi-");
        try
        {
            var document = await api.Anonymous(DatabaseProvider.Sqlite).GetStringAsync("/openapi/v1.json");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "openapi.json"), document);
            foreach (var specimen in new[] { "redocly.yaml", "usage.ts" })
            {
                File.Copy(Path.Combine(Specimens, specimen), Path.Combine(folder.FullName, specimen));
            }

            var lint = await RunAsync(tools, folder.FullName, "redocly", "lint", "openapi.json", "--config", "redocly.yaml", "--format", "stylish", "--max-problems", "1000");
            Succeeded(lint, "Redocly's recommended rules pass");

            var generate = await RunAsync(tools, folder.FullName, "openapi-typescript", "openapi.json", "--redocly", "redocly.yaml", "--output", "api.d.ts");
            Succeeded(generate, "openapi-typescript makes the client types");

            var check = await RunAsync(tools, folder.FullName, "tsc", "--noEmit", "--strict", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "usage.ts");
            Succeeded(check, "an integrator's code type-checks against the generated types");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Succeeded((int ExitCode, string Output) run, string expectation) =>
        Assert.True(run.ExitCode == 0, $"Expected: {expectation}; exit code {run.ExitCode}.\n{run.Output}");

    private static async Task<(int ExitCode, string Output)> RunAsync(string tools, string folder, string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(tools, tool)) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline and plain: no telemetry, no update notice, no colours in the failure message.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, $"$ {tool} {string.Join(' ', arguments)}\n{await output}{await errors}");
    }
}
