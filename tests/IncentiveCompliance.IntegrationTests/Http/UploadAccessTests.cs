using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.TestSupport;
using IncentiveCompliance.Web.Security;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// Who may upload is decided before the body is read: a refused caller's file never goes through the server. The client
/// says «Expect: 100-continue», so Kestrel asks for the body only when the application starts reading it: a refusal
/// before that means not a byte of the file was sent. On Kestrel, since the in-memory test server does neither that nor
/// body size limits.
/// </summary>
public sealed class UploadAccessTests(KestrelApp api) : IClassFixture<KestrelApp>
{
    private const long Large = 200L * 1024 * 1024;

    [Theory]
    [InlineData(DemoEmails.WanchaqManager, "/api/v1/municipalities/080106/requirements/M1/submissions?year=2026")]
    [InlineData(DemoEmails.WanchaqBudget, "/api/v1/budget/imports?year=2026")]
    [InlineData(DemoEmails.Secretariat, "/api/v1/municipalities/import")]
    [InlineData(DemoEmails.WanchaqManager, "/api/v1/trainings/00000000-0000-0000-0000-000000000001/attendance")]
    public async Task An_api_upload_out_of_scope_is_refused_before_its_body_is_read(string email, string path)
    {
        var client = await api.SignedIn(email);
        var body = new EndlessMultipart(Large);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = body, Headers = { ExpectContinue = true } });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        body.Sent.Should().Be(0, "the server refused before asking for the file");
        (await response.Content.ReadAsStringAsync()).Should().Contain("permiso");
    }

    [Fact]
    public async Task A_page_upload_out_of_scope_is_refused_before_the_form_is_read()
    {
        var browser = new FormClient(api.Client());
        await browser.SignInAsync(DemoEmails.WanchaqManager, DemoData.Password);
        var body = new EndlessMultipart(Large);

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/Municipalidades/080106/Requisitos/M1") { Content = body, Headers = { ExpectContinue = true } });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "not a 400 for a missing antiforgery token: that would mean the form was read");
        body.Sent.Should().Be(0);
    }

    [Fact]
    public void Every_page_with_a_file_form_is_checked_before_its_body_is_read()
    {
        var pages = Path.Combine(SharedData.RepositoryRoot, "src", "IncentiveCompliance.Web", "Pages");
        var withFiles = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("multipart/form-data", StringComparison.Ordinal))
            .Select(f => "IncentiveCompliance.Web.Pages." + Path.GetRelativePath(pages, f)[..^".cshtml".Length].Replace('/', '.') + "Model")
            .ToList();

        withFiles.Should().NotBeEmpty();
        withFiles.Select(name => typeof(UploadAccessAttribute).Assembly.GetType(name)
                ?.GetCustomAttributes(typeof(UploadAccessAttribute), inherit: false).Length ?? -1)
            .Should().AllSatisfy(count => count.Should().Be(1), "each of {0} names what it uploads", string.Join(", ", withFiles));
    }

    [Fact]
    public async Task An_anonymous_body_over_64_KB_is_refused()
    {
        var json = $"{{\"email\":\"{new string('a', 70 * 1024)}@demo.pe\",\"password\":\"x\"}}";

        var response = await api.Client().PostAsync("/api/v1/auth/token", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>A multipart upload of the given size, produced as it is sent, that counts how much the server took.</summary>
    private sealed class EndlessMultipart : HttpContent
    {
        private readonly long size;

        public EndlessMultipart(long size)
        {
            this.size = size;
            Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=limite");
        }

        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Sent = 1; // asked for at all
            var head = Encoding.ASCII.GetBytes("--limite\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grande.csv\"\r\nContent-Type: text/csv\r\n\r\n");
            await stream.WriteAsync(head);
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'1');
            try
            {
                while (Sent < size)
                {
                    await stream.WriteAsync(chunk);
                    Sent += chunk.Length;
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // The server answered and stopped reading: what was sent so far is the measure.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
