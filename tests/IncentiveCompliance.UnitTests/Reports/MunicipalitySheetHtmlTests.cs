using System.Net;
using FluentAssertions;
using IncentiveCompliance.Documents.Reports;
using Xunit;

namespace IncentiveCompliance.UnitTests.Reports;

public sealed class MunicipalitySheetHtmlTests
{
    [Fact]
    public async Task Sheet_shows_the_municipality_its_standing_budget_and_items()
    {
        var html = await TestDocuments.SheetAsync(6);

        html.Should().NotContain("<script").And.Contain("&lt;script&gt;");
        html = WebUtility.HtmlDecode(html);
        html.Should().Contain("Municipalidad Distrital de San Sebastián <script>")
            .And.Contain("Provincia de Cusco · Región Cusco").And.Contain("Ficha de cumplimiento del año 2026")
            .And.Contain(">En riesgo<").And.Contain("40 de 100").And.Contain("mínimo 80")
            .And.Contain("PIM S/ 120,000.00 · devengado S/ 45,678.90 · ejecución 38.1 %")
            .And.Contain(">14</span><span class=\"label\">Personas capacitadas")
            .And.Contain("<td>Requisito 6: registro mensual").And.Contain(">Observado<").And.Contain("04/12/2026").And.Contain("Observación (subsanar hasta el 18/12/2026):")
            .And.Contain("Generado el 01/03/2026 22:30 (hora de Lima)");
    }

    [Fact]
    public async Task Long_reasons_are_cut_to_keep_one_page()
    {
        var sheet = ReportSamples.Sheet(1);

        var html = WebUtility.HtmlDecode(await TestDocuments.SheetAsync(sheet));

        var reason = sheet.Compliance.Items[0].ReviewReason!;
        html.Should().Contain(reason[..(SheetItems.ReasonLength - 1)].TrimEnd() + "…").And.NotContain(reason);
    }
}
