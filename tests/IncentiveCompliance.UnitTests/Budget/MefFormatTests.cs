using System.Globalization;
using System.Text;
using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.UnitTests.Budget;

public sealed class MefFormatTests
{
    private const string Awkward = "PATRULLAJE, SECTOR \"NORTE\"\nY SUR";

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var file = new MefFileBuilder().Row(new MefRow { ProductName = Awkward, ActivityName = "\"\"" }).Build();

        var row = MefRead.All(file).Rows.Should().ContainSingle().Subject;

        row.ProductName.Should().Be(Awkward);
        row.ActivityName.Should().Be("\"\"");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf8_names_read_the_same_with_or_without_BOM(bool bom)
    {
        var file = new MefFileBuilder { Bom = bom }.Row(new MefRow { ActivityName = "SEÑALIZACIÓN – VIGILANCIA EN ÁREAS PÚBLICAS" }).Build();

        MefRead.All(file).Rows.Single().ActivityName.Should().Be("SEÑALIZACIÓN – VIGILANCIA EN ÁREAS PÚBLICAS");
    }

    [Fact]
    public void Latin1_names_keep_their_enye()
    {
        var file = new MefFileBuilder { Encoding = Encoding.Latin1 }
            .Row(new MefRow { ProductName = "COMPAÑÍA DE SERENAZGO", ActivityName = "SEÑALIZACIÓN Y VIGILANCIA EN ÁREAS PÚBLICAS" })
            .Build();

        var row = MefRead.All(file).Rows.Single();

        row.ProductName.Should().Be("COMPAÑÍA DE SERENAZGO");
        row.ActivityName.Should().Be("SEÑALIZACIÓN Y VIGILANCIA EN ÁREAS PÚBLICAS");
    }

    [Fact]
    public void Windows_Latin1_files_keep_their_dashes()
    {
        var file = new MefFileBuilder { Encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)! }
            .Row(new MefRow { ActivityName = "SEGURIDAD CIUDADANA – SEÑALIZACIÓN" })
            .Build();

        MefRead.All(file).Rows.Single().ActivityName.Should().Be("SEGURIDAD CIUDADANA – SEÑALIZACIÓN");
    }

    [Theory]
    [InlineData("\n", true, "")]
    [InlineData("\n", false, "")]
    [InlineData("\r\n", true, "")]
    [InlineData("\r\n", false, "")]
    [InlineData("\n", true, "\n\n")]
    [InlineData("\r\n", true, "\r\n\r\n")]
    public void Lines_may_end_in_LF_or_CRLF_with_or_without_a_last_line_end_and_blank_lines_after(string lineEnd, bool finalLineEnd, string blankLines)
    {
        var builder = new MefFileBuilder { LineEnd = lineEnd, FinalLineEnd = finalLineEnd }
            .Row(new MefRow { Devengado = "10.50" })
            .Row(new MefRow { Devengado = "20.25", ["MONTO_GIRADO"] = "7" });
        var file = Encoding.UTF8.GetBytes(builder.Text() + blankLines);

        var (tally, rows) = MefRead.All(file);

        tally.RowsRead.Should().Be(2);
        rows.Select(r => (r.Amounts.Devengado, r.Amounts.Girado)).Should().Equal((10.50m, 0m), (20.25m, 7m));
    }

    [Fact]
    public void Unquoted_values_are_read_too()
    {
        var file = new MefFileBuilder { Quoted = false, LineEnd = "\r\n" }
            .Row(new MefRow { ActivityName = "SERENAZGO", Devengado = "99.99" })
            .Build();

        var row = MefRead.All(file).Rows.Single();

        row.ActivityName.Should().Be("SERENAZGO");
        row.Amounts.Devengado.Should().Be(99.99m);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_unknown_ones_are_ignored()
    {
        var columns = MefFileBuilder.StandardColumns.Reverse().Prepend("COLUMNA_NUEVA").Append("OTRA_MAS").ToList();
        var file = new MefFileBuilder { Columns = columns }
            .Row(new MefRow { Ubigeo = "080108", Month = "3", ["COLUMNA_NUEVA"] = "0030", ["OTRA_MAS"] = "x,y", Pim = "5.5", Devengado = "1.25" })
            .Build();

        var row = MefRead.All(file).Rows.Should().ContainSingle().Subject;

        (row.Ubigeo, row.Month, row.ProductName, row.Amounts.Pim, row.Amounts.Devengado)
            .Should().Be(("080108", 3, "PATRULLAJE POR SECTOR", 5.5m, 1.25m));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(700)]
    public void Records_split_across_buffer_refills_read_the_same(int bufferSize)
    {
        var builder = new MefFileBuilder { Bom = true, LineEnd = "\r\n" };
        for (var i = 0; i < 40; i++)
        {
            builder.Row(new MefRow { Month = (i % 13).ToString(CultureInfo.InvariantCulture), ProductName = Awkward + i, Level = i % 3 == 0 ? "R" : "M" });
        }

        var file = builder.Build();
        var expected = MefRead.All(file);

        var small = MefRead.All(file, bufferSize: bufferSize);
        var trickled = MefRead.All(new ForwardOnlyStream(file, maxBytesPerRead: 3), bufferSize: bufferSize);

        expected.Rows.Should().HaveCount(26);
        small.Tally.Should().Be(expected.Tally);
        small.Rows.Should().Equal(expected.Rows);
        trickled.Tally.Should().Be(expected.Tally);
        trickled.Rows.Should().Equal(expected.Rows);
    }
}
