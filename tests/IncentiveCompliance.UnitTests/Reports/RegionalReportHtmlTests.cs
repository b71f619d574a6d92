using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Documents.Reports;
using Xunit;

namespace IncentiveCompliance.UnitTests.Reports;

public sealed partial class RegionalReportHtmlTests : IAsyncLifetime
{
    private string html = "";

    public async ValueTask InitializeAsync() => html = await TestDocuments.RegionalAsync(ReportSamples.Regional());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Text => WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " "));

    [Fact]
    public void Cover_names_the_region_the_cut_off_the_Lima_time_and_the_identifier()
    {
        Text.Should().Contain("Gobierno Regional Cusco")
            .And.Contain("Secretaría Técnica del CORESEC")
            .And.Contain("Reporte de cumplimiento del compromiso de seguridad ciudadana")
            .And.Contain("Año 2026")
            .And.Contain("Fecha de corte 01/03/2026")
            .And.Contain("Generado el 01/03/2026 22:30 (hora de Lima)")
            .And.Contain("Identificador 0F1E2D3C4B5A");
    }

    [Fact]
    public void Summary_shows_the_counts_the_budget_and_the_people_trained()
    {
        Text.Should().Contain("2 Cumplen").And.Contain("1 En camino").And.Contain("1 En riesgo").And.Contain("1 No cumplen")
            .And.Contain("4 Observaciones pendientes").And.Contain("6 Ítems vencidos").And.Contain("3 Avances por revisar")
            .And.Contain("57.0 Puntaje promedio")
            .And.Contain("S/ 1,234,567.89 PIM PP 0030").And.Contain("S/ 152,345.60 Devengado").And.Contain("12.3 % Ejecución (devengado / PIM)")
            .And.Contain("23 Personas capacitadas");
    }

    [Fact]
    public async Task A_region_without_PIM_reads_sin_cifras()
    {
        var report = ReportSamples.Regional() with { Budget = new BudgetTotals(0, 0, 0, 0, 0, 0, null) };

        var text = await TestDocuments.RegionalAsync(report);

        text.Should().Contain("sin cifras").And.NotContain("PIM PP 0030");
    }

    [Fact]
    public void Every_municipality_is_listed_with_its_row_and_annex_entry()
    {
        var decoded = WebUtility.HtmlDecode(html);
        foreach (var name in ReportSamples.Names)
        {
            decoded.Should().Contain($"<td>{name}</td>").And.Contain($"<h3>{name}</h3>");
        }

        Text.Should().Contain("080101 Cusco Cusco 90/100 Cumple 2 0 0 12.3 % 12")
            .And.Contain("080108 San Sebastián Cusco 40/100 En riesgo 0 1 1 — 0");
    }

    [Fact]
    public void Each_province_has_its_annex_on_a_new_page()
    {
        Regex.Matches(html, "<section class=\"province\">\\s*<h2>Anexo: provincia de ").Should().HaveCount(2);
        Text.Should().Contain("Anexo: provincia de Cusco").And.Contain("Anexo: provincia de La Convención");
        html.Should().Contain("<style>").And.Contain(".page, .province { break-before: page; }", "the printed document carries the page break");
    }

    [Fact]
    public void Annex_items_show_state_due_date_and_for_observations_the_reason_and_deadline()
    {
        Text.Should().Contain("H1 Requisito 1 de seguridad ciudadana: plan, patrullaje y señalización Observado 30/06/2026 "
                + "Observación (subsanar hasta el 15/07/2026): Falta la firma del alcalde en el acta " + ReportSamples.Hostile)
            .And.Contain("Rechazado 30/06/2026 Motivo del rechazo: Falta la firma del alcalde en el acta")
            .And.Contain("Vencido 07/07/2026")
            .And.Contain("Presentado 30/06/2026")
            .And.Contain("No presentado");
    }

    [Fact]
    public void Province_chart_marks_a_province_without_figures()
    {
        var svg = html[html.IndexOf("<svg class=\"chart\"", StringComparison.Ordinal)..];
        svg = svg[..svg.IndexOf("</svg>", StringComparison.Ordinal)];

        WebUtility.HtmlDecode(svg).Should().Contain(">40.5 %<").And.Contain(">La Convención<").And.Contain(">sin cifras<");
    }

    [Fact]
    public async Task Many_provinces_are_drawn_in_several_charts_so_none_is_taller_than_a_page()
    {
        IReadOnlyList<ReportProvince> provinces = Enumerable.Range(1, ExecutionCharts.ProvincesPerChart + 1)
            .Select(i => new ReportProvince($"Provincia {i}", i, 0, []))
            .ToList();

        var charts = await TestDocuments.Renderer.RenderAsync<ExecutionCharts>((nameof(ExecutionCharts.Provinces), provinces));

        Regex.Matches(charts, "<svg ").Should().HaveCount(2);
        Regex.Matches(charts, "<rect ").Should().HaveCount(provinces.Count);
    }

    [Fact]
    public void User_text_is_encoded_and_nothing_is_styled_inline_or_loaded_from_outside()
    {
        html.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(");
        Text.Should().Contain(ReportSamples.Hostile);
        InlineStyle().IsMatch(html).Should().BeFalse("the preview's content policy refuses style attributes (SVG's font-style is not one)");
        Regex.Matches(html, "<style>").Should().ContainSingle();
        html.Should().StartWith("<!DOCTYPE html>", "without it Chromium lays the report out in quirks mode");
        html.Should().NotContainAny("src=", "href=", "url(", "@import", "http:", "https:");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
