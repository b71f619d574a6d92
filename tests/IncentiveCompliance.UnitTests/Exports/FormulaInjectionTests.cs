using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Exports;
using Xunit;
using Table = IncentiveCompliance.Core.Common.Exports.Table;

namespace IncentiveCompliance.UnitTests.Exports;

public sealed class FormulaInjectionTests
{
    private static readonly string[] Dangerous = ["=HYPERLINK(\"http://x\",\"clic\")", "+51 984", "-1+1", "@SUM(A1)", "\tdato", "\rdato"];

    private static readonly Table Sample = new(
        "Avances",
        ["Nota", "Monto"],
        [.. Dangerous.Select(text => (IReadOnlyList<object?>)[text, -5m]), ["Plan aprobado", 10m]]);

    [Fact]
    public async Task Csv_text_that_starts_like_a_formula_gets_a_leading_apostrophe()
    {
        using var csv = new MemoryStream();
        await CsvExport.WriteAsync(Sample, csv, TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF');

        foreach (var text in Dangerous)
        {
            lines.Should().Contain("'" + text[..2], $"«{text}» must open as text");
        }

        lines.Should().Contain("Plan aprobado,10").And.Contain(",-5", "numbers stay numbers");
    }

    [Fact]
    public async Task Xlsx_text_that_starts_like_a_formula_is_marked_as_text_and_numbers_stay_numbers()
    {
        using var xlsx = new MemoryStream();
        await XlsxExport.WriteAsync(Sample, xlsx, TestContext.Current.CancellationToken);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx.ToArray()), false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).ToList();

        Func<Cell, bool> quotePrefixed = cell => formats[(int)(cell.StyleIndex?.Value ?? 0)].QuotePrefix?.Value == true;

        var text = rows.Select(r => r.Elements<Cell>().First()).ToList();
        text.Take(Dangerous.Length).Select(quotePrefixed).Should().AllBeEquivalentTo(true);
        text.Take(Dangerous.Length).Select(c => c.InnerText).Should().Equal(
            Dangerous.Select(t => t.Replace('\r', '\n')), "the text is kept as written (XML reads a carriage return as a line feed)");
        quotePrefixed(text.Last()).Should().BeFalse();
        rows.Select(r => r.Elements<Cell>().Last()).Select(c => c.DataType! == CellValues.Number && !quotePrefixed(c)).Should().AllBeEquivalentTo(true);
    }
}
