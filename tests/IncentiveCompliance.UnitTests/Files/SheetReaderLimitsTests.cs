using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using FluentValidation;
using IncentiveCompliance.Infrastructure.Files;
using Xunit;

namespace IncentiveCompliance.UnitTests.Files;

public sealed class SheetReaderLimitsTests
{
    private readonly SheetReader reader = new();

    [Fact]
    public void A_tiny_workbook_with_a_cell_at_column_ZZZZZZ_is_refused_naming_the_cell()
    {
        var workbook = Workbook(("A1", "dni"), ("B1", "nombres"), ("ZZZZZZ2", "x"));
        workbook.Length.Should().BeLessThan(5_000, "the attack fits in a few kilobytes");

        var refused = FluentActions.Invoking(() => reader.Read(new MemoryStream(workbook))).Should().Throw<ValidationException>().Which;

        refused.Errors.Single().ErrorMessage.Should().Contain("La celda ZZZZZZ2").And.Contain("columna 100 (CV)");
    }

    [Fact]
    public void A_workbook_inside_the_limits_is_read()
    {
        var rows = reader.Read(new MemoryStream(Workbook(("A1", "dni"), ("CV2", "último"))));

        rows.Should().HaveCount(2);
        rows[1].Cells.Should().HaveCount(100).And.EndWith("último");
    }

    [Fact]
    public void A_csv_row_wider_than_the_limit_is_refused_naming_the_row()
    {
        var csv = "dni;nombres\n41234567;Ana\n" + string.Join(";", Enumerable.Repeat("x", 101)) + "\n";

        FluentActions.Invoking(() => reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))))
            .Should().Throw<ValidationException>().Which.Errors.Single().ErrorMessage.Should().StartWith("La fila 3 ");
    }

    [Fact]
    public void A_sheet_longer_than_the_limit_is_refused()
    {
        var csv = new StringBuilder("dni;nombres\n");
        for (var i = 0; i < SheetReader.MaxRows; i++)
        {
            csv.Append(i.ToString(CultureInfo.InvariantCulture)).Append(";Ana\n");
        }

        FluentActions.Invoking(() => reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()))))
            .Should().Throw<ValidationException>().Which.Errors.Single().ErrorMessage.Should().Contain($"más de {SheetReader.MaxRows} filas");
    }

    private static byte[] Workbook(params (string Reference, string Text)[] cells)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var group in cells.GroupBy(c => uint.Parse(new string(c.Reference.SkipWhile(char.IsAsciiLetter).ToArray()), CultureInfo.InvariantCulture)))
            {
                data.Append(new Row(group.Select(c => new Cell { CellReference = c.Reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c.Text)) })) { RowIndex = group.Key });
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Asistencia" }));
        }

        return buffer.ToArray();
    }
}
