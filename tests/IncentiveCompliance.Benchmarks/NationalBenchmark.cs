using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.National;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Benchmarks;

/// <summary>
/// The national view over INEI's whole directory (25 regions, 1,891 municipalities, imported by the real importer from
/// ../shared/data, never copied here) with every item of the 2026 catalogue filled, a year of PP 0030 lines per
/// municipality and three people trained in each: the query, the API and the page, on each database.
/// </summary>
internal static partial class NationalBenchmark
{
    private const int Activities = 5; // lines per municipality: 5 activities × months 0–12, as MEF's file gives them

    public static async Task RunAsync(int runs)
    {
        var directory = SharedData.Find("ubigeo_inei_2025.csv")
            ?? throw new InvalidOperationException("Falta ../shared/data/ubigeo_inei_2025.csv junto al repositorio.");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INCENTIVECOMPLIANCE_WEB", Path.Combine(SharedData.RepositoryRoot, "src", "IncentiveCompliance.Web"));
        await using var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        Console.WriteLine($"National view, 2026, {runs} runs after 5 warm-up runs; {Environment.ProcessorCount} cores");
        foreach (var provider in new[] { DatabaseProvider.PostgreSql, DatabaseProvider.Sqlite })
        {
            var database = await TestDatabase.CreateAsync(provider, postgres);
            await using var app = await AppServices.StartAsync(database, demo: true);
            var started = Stopwatch.GetTimestamp();
            await using (var file = File.OpenRead(directory))
            {
                await app.SendAsAdmin(new ImportMunicipalities(file));
            }

            var submissions = await DashboardBenchmark.FillEveryItem(app, "");
            var (lines, people) = await FillBudgetAndTraining(app);
            var (regions, municipalities) = await app.Query(async db => (await db.Regions.CountAsync(), await db.Municipalities.CountAsync()));
            Console.WriteLine($"{provider}: {regions} regions, {municipalities} municipalities, {submissions} submissions, {lines} budget lines, {people} people trained; loaded in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s");
            Console.WriteLine($"{"database",-11} {"what",-32} {"median ms",10} {"p95 ms",8} {"min ms",8} {"max ms",8}");
            DashboardBenchmark.Print(provider, "query GetNationalCompliance", await DashboardBenchmark.Measure(runs, () => app.SendAs(TestUsers.National, new GetNationalCompliance(2026))));

            await using var factory = new AppFactory(database);
            using var api = factory.CreateClient();
            var token = await (await api.PostAsJsonAsync("/api/v1/auth/token", new { email = "nacional@demo.pe", password = DemoData.Password }))
                .Content.ReadFromJsonAsync<DashboardBenchmark.TokenResponse>();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            DashboardBenchmark.Print(provider, "GET /api/v1/national/compliance", await DashboardBenchmark.Measure(runs, () => Read(api, "/api/v1/national/compliance?year=2026")));
            DashboardBenchmark.Print(provider, "GET .../compliance/export (xlsx)", await DashboardBenchmark.Measure(runs, () => Read(api, "/api/v1/national/compliance/export?year=2026&format=xlsx")));

            using var browser = await SignedInWithCookie(factory);
            DashboardBenchmark.Print(provider, "GET /Nacional (page)", await DashboardBenchmark.Measure(runs, () => Read(browser, "/Nacional?anio=2026")));
        }
    }

    /// <summary>A year of PP 0030 lines for every municipality, and one training per region that three people of each attended.</summary>
    private static async Task<(int Lines, int People)> FillBudgetAndTraining(AppServices app)
    {
        await using var scope = app.NewContext(out var db);
        var towns = await db.Municipalities.Select(m => m.Ubigeo).OrderBy(u => u).ToListAsync();
        var random = new Random(2026);
        foreach (var ubigeo in towns)
        {
            for (var activity = 0; activity < Activities; activity++)
            {
                var pim = random.Next(20_000, 2_000_000);
                for (var month = 0; month <= 12; month++)
                {
                    db.BudgetLines.Add(new BudgetLine
                    {
                        Year = 2026, Ubigeo = ubigeo, Month = month, ExecutingUnit = "300" + ubigeo[..3], ProductCode = "3000355", ProductName = "PATRULLAJE POR SECTOR",
                        ActivityCode = (5004156 + activity).ToString(System.Globalization.CultureInfo.InvariantCulture), ActivityName = "PATRULLAJE MUNICIPAL POR SECTOR - SERENAZGO",
                        Pia = month == 0 ? pim : 0, Pim = month == 0 ? pim : 0, Devengado = month == 0 ? 0 : Math.Round(pim * (decimal)random.NextDouble() / 14, 2),
                    });
                }
            }
        }

        foreach (var region in towns.GroupBy(u => u[..2]))
        {
            var training = new TrainingEvent { RegionCode = region.Key, Title = "Compromiso de seguridad ciudadana y PP 0030", Date = new DateOnly(2026, 3, 12), Hours = 6 };
            foreach (var (ubigeo, i) in region.Select((u, i) => (u, i)))
            {
                for (var person = 0; person < 3; person++)
                {
                    training.Attendance.Add(new Attendance
                    {
                        Dni = (40_000_000 + (i * 3) + person + (int.Parse(region.Key, System.Globalization.CultureInfo.InvariantCulture) * 10_000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        FullName = "Participante", Ubigeo = ubigeo, Position = Position.Sereno, Status = AttendanceStatus.Attended,
                    });
                }
            }

            db.TrainingEvents.Add(training);
        }

        await db.SaveChangesAsync();
        return (towns.Count * Activities * 13, towns.Count * 3);
    }

    private static async Task<byte[]> Read(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Signs in through the sign-in page, as a browser does, so the page is timed with its cookie.</summary>
    private static async Task<HttpClient> SignedInWithCookie(AppFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Cuenta/Ingresar");
        var signIn = await client.PostAsync("/Cuenta/Ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "nacional@demo.pe",
            ["Input.Password"] = DemoData.Password,
            ["__RequestVerificationToken"] = Antiforgery().Match(form).Groups["token"].Value,
        }));
        return signIn.StatusCode == System.Net.HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Ingreso rechazado: {signIn.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Antiforgery();
}
