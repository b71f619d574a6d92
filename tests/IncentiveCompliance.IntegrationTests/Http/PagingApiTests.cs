using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Notifications;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// Every list of /api/v1 answers {items, next} a page at a time: walking the pages gives the whole list once, in order;
/// the limit and the cursor are checked; a cursor never reaches past the caller's scope.
/// </summary>
public sealed class PagingApiTests(PagingApiTests.Fixture fixture) : IClassFixture<PagingApiTests.Fixture>
{
    /// <summary>Who reads which list; the query parameters besides the paging ones must come back in every next link.</summary>
    public static readonly TheoryData<DatabaseProvider, string, string> Lists = Cases();

    private ApiFixture Api => fixture.Api;

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Walking_every_page_gives_the_whole_list_once_in_order(DatabaseProvider provider, string email, string path)
    {
        var client = await Api.SignedIn(provider, email);
        const int limit = 2;
        var whole = await Page(client, With(path, "limit=500"));
        whole.Next.Should().BeNull("each list here has fewer than 500 items");

        var walked = new List<string>();
        var pages = 0;
        for (var next = With(path, $"limit={limit}"); next is not null;)
        {
            var page = await Page(client, next);
            pages++;
            page.Items.Should().HaveCountLessThanOrEqualTo(limit);
            if (page.Next is not null)
            {
                page.Items.Should().HaveCount(limit, "only the last page is short");
                page.Next.Should().StartWith(path.Split('?')[0] + "?").And.Contain("cursor=").And.EndWith($"&limit={limit}");
                foreach (var kept in Query(path))
                {
                    page.Next.Should().Contain(kept, "the other query parameters are kept");
                }
            }

            walked.AddRange(page.Items);
            next = page.Next;
            pages.Should().BeLessThan(200, "the walk ends");
        }

        whole.Items.Should().HaveCountGreaterThan(limit, "the walk crosses pages");
        walked.Should().Equal(whole.Items);
        pages.Should().Be((whole.Items.Count + limit - 1) / limit);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_page_holds_50_items_unless_asked_and_the_last_page_has_no_next(DatabaseProvider provider)
    {
        var client = await Api.SignedIn(provider, DemoEmails.Secretariat);

        var first = await Page(client, "/api/v1/regions/08/municipalities");
        var second = await Page(client, first.Next!);
        var third = await Page(client, second.Next!);

        first.Items.Should().HaveCount(50);
        first.Next.Should().EndWith("&limit=50");
        second.Items.Should().HaveCount(50);
        third.Items.Should().HaveCount(16);
        third.Next.Should().BeNull();
        first.Items.Concat(second.Items).Concat(third.Items).Select(Ubigeo).Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_search_is_kept_in_the_next_link(DatabaseProvider provider)
    {
        var client = await Api.SignedIn(provider, DemoEmails.Secretariat);

        var first = await Page(client, "/api/v1/regions/08/municipalities?search=san&limit=3");
        var all = await Page(client, "/api/v1/regions/08/municipalities?search=san&limit=500");

        first.Next.Should().StartWith("/api/v1/regions/08/municipalities?search=san&cursor=");
        var walked = first.Items.ToList();
        for (var next = first.Next; next is not null;)
        {
            var page = await Page(client, next);
            walked.AddRange(page.Items);
            next = page.Next;
        }

        all.Items.Should().HaveCountGreaterThan(3);
        walked.Should().Equal(all.Items);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_limit_outside_1_to_500_is_refused_in_Spanish(DatabaseProvider provider)
    {
        var client = await Api.SignedIn(provider, DemoEmails.Admin);

        foreach (var path in new[] { "/api/v1/users?limit=0", "/api/v1/users?limit=501", "/api/v1/regions/08/audit?limit=-1", "/api/v1/holidays?year=2026&limit=100000" })
        {
            var errors = await Refused(await client.GetAsync(path));
            errors.GetProperty("limit")[0].GetString().Should().Be("El límite debe estar entre 1 y 500.", path);
        }

        (await Refused(await client.GetAsync("/api/v1/users?limit=muchos"))).TryGetProperty("limit", out _).Should().BeTrue();
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_garbage_tampered_or_other_lists_cursor_is_refused_in_Spanish(DatabaseProvider provider)
    {
        var client = await Api.SignedIn(provider, DemoEmails.Admin);
        var next = (await Page(client, "/api/v1/users?limit=1")).Next!;
        var cursor = Uri.UnescapeDataString(next.Split("cursor=")[1].Split('&')[0]);
        var tampered = cursor[..10] + (cursor[10] == 'A' ? 'B' : 'A') + cursor[11..];

        foreach (var bad in new[] { "basura", "%%%", tampered, cursor[..^2], cursor + "AAAA", new string('A', 2000) })
        {
            var errors = await Refused(await client.GetAsync($"/api/v1/users?cursor={Uri.EscapeDataString(bad)}"));
            errors.GetProperty("cursor")[0].GetString().Should().StartWith("El cursor no es válido", bad);
        }

        (await Refused(await client.GetAsync($"/api/v1/security/events?cursor={Uri.EscapeDataString(cursor)}")))
            .TryGetProperty("cursor", out _).Should().BeTrue("a cursor belongs to the list that issued it");
        (await client.GetAsync($"/api/v1/users?cursor={Uri.EscapeDataString(cursor)}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_cursor_never_reaches_past_the_callers_scope(DatabaseProvider provider)
    {
        var wanchaq = await Api.SignedIn(provider, DemoEmails.WanchaqManager);
        var santiago = await Api.SignedIn(provider, DemoEmails.SantiagoManager);
        var secretariat = await Api.SignedIn(provider, DemoEmails.Secretariat);

        // Another user's notifications: the cursor moves within the caller's own, which here are none.
        var wanchaqNotices = await Page(wanchaq, "/api/v1/notifications?limit=2");
        var foreign = await Page(santiago, ReplacePath(wanchaqNotices.Next!, "/api/v1/notifications"));
        foreign.Items.Should().BeEmpty();

        // Another municipality's trainings: refused with or without the cursor; on one's own, only one's own.
        var wanchaqTrainings = await Page(wanchaq, "/api/v1/municipalities/080108/trainings?year=2026&limit=1");
        (await santiago.GetAsync(wanchaqTrainings.Next!)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var own = await Page(santiago, ReplacePath(wanchaqTrainings.Next!, $"/api/v1/municipalities/{TestUsers.Santiago}/trainings"));
        own.Items.Select(t => JsonDocument.Parse(t).RootElement.GetProperty("people").EnumerateArray().Single().GetProperty("fullName").GetString())
            .Should().OnlyContain(name => name == "Persona de Santiago");

        // A forged cursor naming the start of the list: a municipal user still sees their own region only.
        var forged = Uri.EscapeDataString(ListRegions.Cursors.Encode(new ListRegions.After("00")));
        (await Page(wanchaq, $"/api/v1/regions?cursor={forged}")).Items.Select(Code).Should().Equal("08");

        // Another region's lists stay refused, cursor or not.
        var trail = await Page(secretariat, "/api/v1/regions/08/audit?limit=1");
        (await secretariat.GetAsync(trail.Next!.Replace("/regions/08/", "/regions/15/", StringComparison.Ordinal))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static TheoryData<DatabaseProvider, string, string> Cases()
    {
        (string Email, string Path)[] lists =
        [
            (DemoEmails.Admin, "/api/v1/regions"),
            (DemoEmails.Secretariat, "/api/v1/regions/08/municipalities"),
            (DemoEmails.Secretariat, "/api/v1/regions/08/municipalities?search=san"),
            (DemoEmails.WanchaqManager, "/api/v1/holidays?year=2026"),
            (DemoEmails.Admin, "/api/v1/users"),
            (DemoEmails.WanchaqManager, "/api/v1/notifications"),
            (DemoEmails.WanchaqManager, "/api/v1/notifications?unread=true"),
            (DemoEmails.Secretariat, "/api/v1/budget/imports"),
            (DemoEmails.Secretariat, "/api/v1/reports?region=08"),
            (DemoEmails.Secretariat, "/api/v1/trainings?region=08&year=2026"),
            (DemoEmails.WanchaqBudget, "/api/v1/municipalities/080108/trainings?year=2026"),
            (DemoEmails.Secretariat, "/api/v1/regions/08/review-queue?status=draft"),
            (DemoEmails.Secretariat, "/api/v1/regions/08/audit"),
            (DemoEmails.Admin, "/api/v1/security/events"),
            (DemoEmails.WanchaqManager, "/api/v1/programs/2026/commitments"),
        ];
        var cases = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new AllProviders().Select(row => (DatabaseProvider)row.Data))
        {
            foreach (var (email, path) in lists)
            {
                cases.Add(provider, email, path);
            }
        }

        return cases;
    }

    private static string With(string path, string parameter) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter;

    private static IEnumerable<string> Query(string path) => path.Contains('?', StringComparison.Ordinal) ? path.Split('?')[1].Split('&') : [];

    private static string ReplacePath(string link, string path) => path + link[link.IndexOf('?', StringComparison.Ordinal)..];

    private static string Ubigeo(string item) => JsonDocument.Parse(item).RootElement.GetProperty("ubigeo").GetString()!;

    private static string Code(string item) => JsonDocument.Parse(item).RootElement.GetProperty("code").GetString()!;

    private static async Task<(List<string> Items, string? Next)> Page(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{path}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.EnumerateObject().Select(p => p.Name).Should().Equal("items", "next");
        return (body.GetProperty("items").EnumerateArray().Select(i => i.GetRawText()).ToList(), body.GetProperty("next").GetString());
    }

    private static async Task<JsonElement> Refused(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    /// <summary>The demo application with a few of each list's items (some sharing their sort time, for the tie-breaker).</summary>
    public sealed class Fixture(PostgresServer postgres) : IAsyncLifetime
    {
        public ApiFixture Api { get; } = new(postgres);

        public async ValueTask InitializeAsync()
        {
            await Api.InitializeAsync();
            foreach (var provider in new AllProviders().Select(row => (DatabaseProvider)row.Data))
            {
                await using var scope = Api.Factory(provider).Services.CreateAsyncScope();
                await SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            }
        }

        public ValueTask DisposeAsync() => Api.DisposeAsync();

        private static async Task SeedAsync(AppDbContext db)
        {
            var at = new DateTime(2026, 5, 4, 15, 30, 0, DateTimeKind.Utc);
            var times = new[] { at, at, at, at.AddHours(1), at.AddHours(-1) };
            int[] days = [0, 0, 0, 1, -1];
            var wanchaqManager = await db.Users.Where(u => u.Email == DemoEmails.WanchaqManager).Select(u => u.Id).SingleAsync();
            var requirement = await db.Requirements.Where(r => r.Year == 2026).OrderBy(r => r.Code).Select(r => r.Id).FirstAsync();
            for (var i = 0; i < times.Length; i++)
            {
                db.Notifications.Add(new Notification
                {
                    UserId = wanchaqManager, Key = $"prueba:{i}", Ubigeo = TestUsers.Wanchaq, Title = $"Aviso {i}", Message = "Prueba", Link = "/", CreatedAt = times[i],
                });
                db.BudgetImports.Add(new BudgetImport { Year = 2026, RegionCode = "08", FileName = $"gasto-{i}.csv", Source = "prueba", RequestedBy = "admin", RequestedAt = times[i] });
                db.ComplianceReports.Add(new ComplianceReport { RegionCode = "08", Year = 2026, RequestedBy = "admin", RequestedAt = times[i] });
                var training = new TrainingEvent { RegionCode = "08", Title = $"Capacitación {i}", Date = new DateOnly(2026, 5, 4).AddDays(days[i]), Hours = 2, Modality = Modality.InPerson };
                training.Attendance.Add(new Attendance { Dni = $"4000000{i}", FullName = $"Persona {i}", Ubigeo = TestUsers.Wanchaq, Status = AttendanceStatus.Attended });
                if (i == 0)
                {
                    training.Attendance.Add(new Attendance { Dni = "49999999", FullName = "Persona de Santiago", Ubigeo = TestUsers.Santiago, Status = AttendanceStatus.Attended });
                }

                db.TrainingEvents.Add(training);
                db.Submissions.Add(Submission.Start($"08010{i + 1}", requirement, wanchaqManager, times[i], new SubmissionContent($"Borrador {i}", null, null, null, null)));
                db.Holidays.Add(new Holiday(new DateOnly(2026, 3, 2 + i), $"Día de prueba {i}"));
                db.AuditTrail.Add(new AuditEntry
                {
                    At = times[i], UserId = wanchaqManager, UserEmail = DemoEmails.Secretariat, Action = AuditAction.MunicipalityUpdated, EntityType = "Municipality",
                    EntityId = TestUsers.Wanchaq, Ubigeo = TestUsers.Wanchaq, RegionCode = "08",
                });
                db.AuditTrail.Add(new AuditEntry
                {
                    At = times[i], UserId = wanchaqManager, UserEmail = DemoEmails.WanchaqManager, Action = AuditAction.AccountSignedIn, EntityType = AuditTrail.SecurityEntity,
                    EntityId = wanchaqManager,
                });
            }

            db.Regions.AddRange(new Region("15", "Lima"), new Region("04", "Arequipa"));
            db.Commitments.AddRange(new Commitment(2026, "ZZ1", "Compromiso de prueba 1", "PRUEBA"), new Commitment(2026, "ZZ2", "Compromiso de prueba 2", "PRUEBA"));

            await db.SaveChangesAsync();
        }
    }
}
