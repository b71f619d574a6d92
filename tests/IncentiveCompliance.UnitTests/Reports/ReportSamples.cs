using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Reports;

namespace IncentiveCompliance.UnitTests.Reports;

/// <summary>Hand-built report models: two provinces, five municipalities, names with ñ and markup that must be encoded.</summary>
internal static class ReportSamples
{
    public const string Hostile = "<script>alert('x')</script>";
    public static readonly DateTime GeneratedAt = new(2026, 3, 2, 3, 30, 0, DateTimeKind.Utc);
    public static readonly ReportStamp Stamp = new(Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"), GeneratedAt);

    public static readonly string[] Names = ["Cusco", "San Sebastián", "Señor de Huanca " + Hostile, "Echarati", "Santa Ana"];

    public static RegionalReport Regional()
    {
        ReportMunicipality[] cusco =
        [
            Municipality("080101", Names[0], "Cusco", ComplianceStatus.Met, 90, 12.34m, 12, Items(ItemState.Approved, ItemState.Approved)),
            Municipality("080108", Names[1], "Cusco", ComplianceStatus.AtRisk, 40, null, 0, Items(ItemState.Observed, ItemState.Overdue)),
            Municipality("080105", Names[2], "Cusco", ComplianceStatus.NotMet, 10, 0m, 3, Items(ItemState.Rejected, ItemState.NotSubmitted)),
        ];
        ReportMunicipality[] convencion =
        [
            Municipality("080901", Names[3], "La Convención", ComplianceStatus.OnTrack, 60, 55.55m, 7, Items(ItemState.Submitted, ItemState.Draft)),
            Municipality("080902", Names[4], "La Convención", ComplianceStatus.Met, 85, 100m, 1, Items(ItemState.Approved, ItemState.Approved)),
        ];
        return new RegionalReport("08", "Cusco", 2026, new DateOnly(2026, 3, 1),
            new RegionTotals(5, 2, 1, 1, 1, PendingReview: 3, PendingObservations: 4, OverdueItems: 6, AverageScore: 57),
            new BudgetTotals(1_000_000m, 1_234_567.89m, 900_000m, 800_000m, 152_345.6m, 150_000m, 12.34m),
            23, [.. cusco, .. convencion],
            [new ReportProvince("Cusco", 40.5m, 1, cusco), new ReportProvince("La Convención", null, 1, convencion)]);
    }

    public static ReportMunicipality Municipality(string ubigeo, string name, string province, ComplianceStatus status, int score, decimal? execution, int trained, IReadOnlyList<ReportItem> items) =>
        new(new MunicipalityComplianceRow(ubigeo, name, province, null, score, 100, status,
                items.Count(i => i.State == ItemState.Approved), items.Count(i => i.State == ItemState.Observed),
                items.Count(i => i.State is ItemState.NotSubmitted or ItemState.Draft or ItemState.Overdue)),
            execution, trained, items);

    public static IReadOnlyList<ReportItem> Items(params ItemState[] states) => states.Select((state, i) => new ReportItem(
        $"H{i + 1}",
        $"Requisito {i + 1} de seguridad ciudadana: plan, patrullaje y señalización",
        state,
        new DateOnly(2026, 6, 30).AddDays(7 * i),
        state is ItemState.Observed or ItemState.Rejected ? $"Falta la firma del alcalde en el acta {Hostile}" : null,
        state == ItemState.Observed ? new DateOnly(2026, 7, 15) : null)).ToList();

    /// <summary>A sheet with the given number of items, every one observed with a long reason: the most a page must hold.</summary>
    public static (MunicipalityCompliance Compliance, MunicipalitySheetExtras Extras) Sheet(int itemCount)
    {
        var items = Enumerable.Range(1, itemCount).Select(i => new ComplianceItem(
            $"H{i}", $"Requisito {i}: registro mensual del patrullaje municipal en el SIPCOP-M con evidencias firmadas", RequirementKind.Milestone, ItemState.Observed,
            new DateOnly(2026, 12, 4), 10, 0, i % 2 == 0, Guid.NewGuid(), new DateOnly(2026, 12, 18),
            string.Concat(Enumerable.Repeat("El acta no lleva la firma del presidente del CODISEC ni el sello de la municipalidad. ", 5)))).ToList();
        var budget = new MunicipalityBudget("080108", "San Sebastián", 2026, 100_000m, 120_000m, 90_000m, 80_000m, 45_678.9m, 40_000m, 38.07m, [], [], [], null);
        return (new MunicipalityCompliance("080108", "San Sebastián " + Hostile, 2026, 40, 100, 80, ComplianceStatus.AtRisk, items),
            new MunicipalitySheetExtras("Cusco", "Cusco", budget, 14));
    }
}
