using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.UnitTests.Budget;

public sealed class MefErrorTests
{
    [Theory]
    [InlineData("12,5")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1e5")]
    [InlineData(" 5")]
    [InlineData("+5")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("-")]
    public void A_malformed_amount_names_its_row_and_column(string amount)
    {
        var file = new MefFileBuilder()
            .Row(new MefRow { Devengado = "1.50" })
            .Row(new MefRow { Program = "0090", Devengado = "not read: another program" })
            .Row(new MefRow { Devengado = amount })
            .Build();

        var error = Reading(file).Which;

        (error.Row, error.Column).Should().Be((4, "MONTO_DEVENGADO"));
        error.Message.Should().Be($"Fila 4, columna MONTO_DEVENGADO: «{amount}» no es un monto válido");
    }

    [Fact]
    public void Rows_are_numbered_by_record_so_line_breaks_inside_quotes_do_not_shift_them()
    {
        var file = new MefFileBuilder()
            .Row(new MefRow { ProductName = "DOS\nLÍNEAS" })
            .Row(new MefRow { ProductName = "TRES\r\nLÍNEAS\nAQUÍ" })
            .Row(new MefRow { Pim = "x" })
            .Build();

        Reading(file).Which.Row.Should().Be(4);
    }

    [Fact]
    public void A_missing_column_is_named_at_the_header()
    {
        var file = new MefFileBuilder { Columns = MefFileBuilder.StandardColumns.Where(c => c != "MONTO_GIRADO").ToList() }.Row(new MefRow()).Build();

        var error = Reading(file).Which;

        (error.Row, error.Column).Should().Be((1, "MONTO_GIRADO"));
        error.Message.Should().StartWith("Fila 1, columna MONTO_GIRADO: falta la columna MONTO_GIRADO");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\"ANO_EJE\"\n")]
    public void A_file_without_a_header_is_rejected(string content) =>
        Reading(Encoding.UTF8.GetBytes(content)).Which.Message.Should().Be("Fila 1: el archivo está vacío: falta la fila de encabezados del MEF");

    [Fact]
    public void A_last_line_cut_between_fields_is_reported_as_a_truncated_file()
    {
        var text = new MefFileBuilder().Row(new MefRow()).Row(new MefRow()).Row(new MefRow { Devengado = "123.45" }).Text();
        var cut = text[..(text.LastIndexOf("\"5004156\",", StringComparison.Ordinal) + "\"5004156\",".Length)];

        var error = Reading(Encoding.UTF8.GetBytes(cut)).Which;

        error.Row.Should().Be(4);
        error.Message.Should().Be("Fila 4: la fila está incompleta (26 de 63 columnas); el archivo parece cortado");
    }

    [Fact]
    public void A_last_line_cut_inside_quotes_is_reported_as_a_truncated_file()
    {
        var text = new MefFileBuilder().Row(new MefRow()).Row(new MefRow { Devengado = "123.45" }).Text();
        var cut = text[..text.LastIndexOf("123.4", StringComparison.Ordinal)];

        var error = Reading(Encoding.UTF8.GetBytes(cut)).Which;

        error.Row.Should().Be(3);
        error.Message.Should().EndWith("el archivo parece cortado");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_is_rejected_wherever_it_is()
    {
        var shortRow = new MefFileBuilder().Row(new MefRow()).RawLine("\"2026\",\"1\",\"M\"").Row(new MefRow()).Build();
        var longRow = new MefFileBuilder().Row(new MefRow()).Row(new MefRow()).RawLine(new MefFileBuilder().Row(new MefRow()).Text().Split('\n')[1] + ",\"extra\"").Build();

        Reading(shortRow).Which.Message.Should().Be("Fila 3: la fila está incompleta (3 de 63 columnas)");
        Reading(longRow).Which.Message.Should().Be("Fila 4: la fila tiene 64 columnas y el encabezado 63");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_rejected() =>
        Reading(new MefFileBuilder().RawLine("\"2026\"x,\"1\"").Build()).Which.Row.Should().Be(2);

    [Fact]
    public void A_file_of_another_year_is_rejected()
    {
        var file = new MefFileBuilder().Row(new MefRow { Year = "2025", Level = "R" }).Row(new MefRow { Year = "2025" }).Build();

        var error = Reading(file).Which;

        (error.Row, error.Column).Should().Be((3, "ANO_EJE"));
        error.Message.Should().EndWith("el archivo es del año 2025, no del 2026");
    }

    [Theory]
    [InlineData("13")]
    [InlineData("-1")]
    [InlineData("ENE")]
    [InlineData("")]
    public void A_month_outside_0_to_12_is_rejected(string month) =>
        Reading(new MefFileBuilder().Row(new MefRow { Month = month }).Build()).Which.Column.Should().Be("MES_EJE");

    [Theory]
    [InlineData("PK\u0003\u0004 not really a zip")]
    [InlineData("PK\u0003\u0004")]
    public void A_damaged_zip_is_rejected(string content) =>
        Reading(Encoding.Latin1.GetBytes(content)).Which.Message.Should().Contain("ZIP");

    private static FluentAssertions.Specialized.ExceptionAssertions<BudgetFileException> Reading(byte[] file) =>
        FluentActions.Invoking(() => MefRead.All(file)).Should().Throw<BudgetFileException>();
}
