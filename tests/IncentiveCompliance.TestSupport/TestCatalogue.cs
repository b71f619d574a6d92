using System.Text;
using System.Text.Json;
using IncentiveCompliance.Core.Domain.Calendar;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// A small catalogue for tests, dated from today so that tests never expire: a mandatory milestone (M1, 40 points,
/// PDF or images), an indicator (I1, 40 points, km/día, spreadsheets or PDF) and a training (T1, 20 points); 60 to meet it.
/// It is filed under next year so that it never meets the demo's 2026 catalogue.
/// </summary>
public static class TestCatalogue
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static int Year => LimaTime.Today(TimeProvider.System).Year + 1;

    public static DateOnly Today => LimaTime.Today(TimeProvider.System);

    public static string Json(int? minimumPoints = null, params string[] codes)
    {
        var requirements = new object[]
        {
            Requirement("M1", "milestone", 40, mandatory: true, ["pdf", "jpg", "png"], dueInDays: 30),
            Requirement("I1", "indicator", 40, mandatory: false, ["xlsx", "csv", "pdf"], dueInDays: 30, unit: "km/día", targets: new Dictionary<string, decimal> { ["A"] = 70, ["C"] = 42.5m }),
            Requirement("T1", "training", 20, mandatory: false, ["pdf"], dueInDays: 60),
        }.Where((_, i) => codes.Length == 0 || codes.Contains(new[] { "M1", "I1", "T1" }[i]));
        return JsonSerializer.Serialize(new
        {
            year = Year,
            title = "Catálogo de prueba",
            minimumPoints = minimumPoints ?? 60,
            commitments = new[] { new { code = "SC", name = "Seguridad ciudadana", sector = "MININTER", requirements } },
        }, Readable);
    }

    public static Stream Stream(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    private static object Requirement(string code, string kind, int points, bool mandatory, string[] fileTypes, int dueInDays, string? unit = null, Dictionary<string, decimal>? targets = null) => new
    {
        code,
        title = $"Requisito {code}",
        description = "Para pruebas",
        kind,
        dueDate = Today.AddDays(dueInDays).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        points,
        mandatory,
        appliesTo = Array.Empty<string>(),
        unit,
        targets,
        evidence = new { fileTypes, description = "Lo que corresponda" },
    };
}

/// <summary>Small files whose content is (or pretends to be) each type.</summary>
public static class TestFiles
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>A Windows executable's header, whatever name it is given.</summary>
    public static byte[] Executable => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    public static byte[] Csv => Encoding.UTF8.GetBytes("fecha;km\n2026-05-01;71.5\n");
}
