using System.Net;
using FluentAssertions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Documents.Training;
using Xunit;

namespace IncentiveCompliance.UnitTests.Reports;

/// <summary>A municipality named with markup comes out of every document as text, never as an element.</summary>
public sealed class DocumentEncodingTests
{
    private const string Marked = "San Jerónimo <b>Wanchaq</b>";

    [Fact]
    public async Task The_regional_report_encodes_a_municipality_name_with_markup()
    {
        var report = ReportSamples.Regional();
        var first = report.Municipalities[0] with { Compliance = report.Municipalities[0].Compliance with { Name = Marked } };

        var html = await TestDocuments.RegionalAsync(report with { Municipalities = [first, .. report.Municipalities.Skip(1)] });

        AssertEncoded(html);
    }

    [Fact]
    public async Task The_municipality_sheet_encodes_a_municipality_name_with_markup()
    {
        var (compliance, extras) = ReportSamples.Sheet(1);

        var html = await TestDocuments.SheetAsync((compliance with { Name = Marked }, extras));

        AssertEncoded(html);
    }

    [Fact]
    public async Task The_attendance_certificate_encodes_a_municipality_name_with_markup()
    {
        var certificate = new AttendanceCertificate(Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"), "Ana Quispe", "41234567", Position.SecurityManager,
            Marked, MunicipalityKind.District, "Cusco", "Compromiso de seguridad ciudadana", "", new DateOnly(2026, 3, 12), 6.5m,
            Modality.InPerson, "GORE Cusco", new DateOnly(2026, 3, 20));

        var html = await TestDocuments.Renderer.RenderAsync<AttendanceCertificateDocument>((nameof(AttendanceCertificateDocument.Certificate), certificate));

        AssertEncoded(html);
        WebUtility.HtmlDecode(html).Should().Contain("gerente de seguridad ciudadana de la Municipalidad Distrital de " + Marked)
            .And.Contain("realizada el 12/03/2026").And.Contain("duración de 6.5 horas").And.Contain("Emitida el 20/03/2026 · Código de verificación 0F1E2D3C4B5A")
            .And.NotContain("Temas:");
    }

    private static void AssertEncoded(string html)
    {
        html.Should().NotContain("<b>").And.Contain("&lt;b&gt;Wanchaq&lt;/b&gt;");
        WebUtility.HtmlDecode(html).Should().Contain(Marked);
    }
}
