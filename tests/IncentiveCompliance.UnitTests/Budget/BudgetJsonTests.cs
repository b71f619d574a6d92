using System.Text.Json;
using FluentAssertions;
using IncentiveCompliance.Core.Features.Budget;
using Xunit;

namespace IncentiveCompliance.UnitTests.Budget;

/// <summary>
/// The API writes Core's budget records with the web defaults (camelCase). The percentage devengado / PIM is called
/// «ejecución» on pages, documents and exports, but the API published it as <c>avance</c> and keeps that name.
/// </summary>
public sealed class BudgetJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_execution_percentage_keeps_its_published_field_name()
    {
        var totals = new BudgetTotals(1m, 2m, 3m, 4m, 5m, 6m, 25.1m);
        var breakdown = new BudgetBreakdown("3000355", "Patrullaje", null, 1m, 2m, 3m, 4m, 5m, 6m, 25.1m);
        var municipality = new MunicipalityBudget("080108", "Wanchaq", 2026, 1m, 2m, 3m, 4m, 5m, 6m, 25.1m, [breakdown], [], [], null);
        var row = new RegionBudgetRow("080108", "Wanchaq", "Cusco", 1m, 2m, 3m, 4m, 5m, 6m, 25.1m, 3, false, null);

        foreach (var json in new[] { Json(totals), Json(breakdown), Json(municipality), Json(row), Json(municipality).GetProperty("byProduct")[0] })
        {
            json.GetProperty("avance").GetDecimal().Should().Be(25.1m);
            json.EnumerateObject().Select(p => p.Name).Should().Contain(["pim", "devengado"]).And.NotContain(n => n.StartsWith("execution", StringComparison.Ordinal));
        }
    }

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value, Web);
}
