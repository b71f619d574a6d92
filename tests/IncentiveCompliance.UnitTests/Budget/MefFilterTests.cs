using System.Globalization;
using FluentAssertions;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Budget;
using IncentiveCompliance.Infrastructure.Files;
using IncentiveCompliance.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.UnitTests.Budget;

public sealed class MefFilterTests
{
    [Fact]
    public void Keeps_PP_0030_rows_of_registered_municipalities_and_counts_the_rest_by_reason()
    {
        var file = new MefFileBuilder()
            .Row(new MefRow { Ubigeo = "080101" })
            .Row(new MefRow { Ubigeo = "080108", Month = "2" })
            .Row(new MefRow { Program = "0090" })
            .Row(new MefRow { Program = "9001", Level = "E" })
            .Row(new MefRow { Level = "R" })
            .Row(new MefRow { Level = "E" })
            .Row(new MefRow { Ubigeo = "150101" })
            .Row(new MefRow { Ubigeo = "080199" })
            .Build();

        var (tally, rows) = MefRead.All(file);

        tally.Should().Be(new BudgetFileTally(RowsRead: 8, RowsKept: 2, OtherProgram: 2, OtherGovernmentLevel: 2, UnregisteredUbigeo: 2));
        tally.RowsSkipped.Should().Be(6);
        rows.Select(r => (r.Ubigeo, r.Month)).Should().Equal(("080101", 1), ("080108", 2));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("030")]
    [InlineData("00030")]
    [InlineData(" 0030")]
    public void Program_codes_keep_their_leading_zeros(string program)
    {
        var (tally, rows) = MefRead.All(new MefFileBuilder().Row(new MefRow { Program = program }).Build());

        rows.Should().BeEmpty();
        tally.OtherProgram.Should().Be(1);
    }

    [Theory]
    [InlineData("8", "01", "01")]
    [InlineData("08", "1", "01")]
    [InlineData("08", "01", "1")]
    [InlineData("08", "01", "0A")]
    public void Ubigeo_codes_need_two_digits_each(string department, string province, string district)
    {
        var row = new MefRow { ["DEPARTAMENTO_EJECUTORA"] = department, ["PROVINCIA_EJECUTORA"] = province, ["DISTRITO_EJECUTORA"] = district };

        MefRead.All(new MefFileBuilder().Row(row).Build()).Tally.UnregisteredUbigeo.Should().Be(1);
    }

    [Fact]
    public void A_kept_row_carries_its_codes_names_and_amounts()
    {
        var file = new MefFileBuilder()
            .Row(new MefRow
            {
                Ubigeo = "080110",
                Month = "7",
                ["SEC_EJEC"] = "301537",
                ["PRODUCTO_PROYECTO"] = "3000356",
                ProductName = "COMUNIDAD ORGANIZADA A FAVOR DE LA SEGURIDAD CIUDADANA",
                ["ACTIVIDAD_ACCION_OBRA"] = "5004170",
                ActivityName = "FORMACIÓN Y CAPACITACIÓN EN MATERIA DE SEGURIDAD CIUDADANA",
                ["MONTO_CERTIFICADO"] = "300.10",
                ["MONTO_COMPROMETIDO_ANUAL"] = "250.20",
                ["MONTO_COMPROMETIDO"] = "200.30",
                Devengado = "150.40",
                ["MONTO_GIRADO"] = "-100.50",
            })
            .Build();

        MefRead.All(file).Rows.Should().ContainSingle().Which.Should().Be(new BudgetRow(
            7, "080110", "301537", "3000356", "COMUNIDAD ORGANIZADA A FAVOR DE LA SEGURIDAD CIUDADANA",
            "5004170", "FORMACIÓN Y CAPACITACIÓN EN MATERIA DE SEGURIDAD CIUDADANA",
            new BudgetAmounts(0, 0, 300.10m, 250.20m, 200.30m, 150.40m, -100.50m)));
    }

    [Fact]
    public void Month_zero_rows_carry_PIA_and_PIM()
    {
        var file = new MefFileBuilder().Row(new MefRow { Month = "0", Pia = "120000.00", Pim = "145500.75" }).Build();

        var row = MefRead.All(file).Rows.Should().ContainSingle().Subject;

        row.Month.Should().Be(0);
        row.Amounts.Should().Be(new BudgetAmounts(120000.00m, 145500.75m, 0, 0, 0, 0, 0));
    }

    [Fact]
    public void An_empty_amount_is_zero() =>
        MefRead.All(new MefFileBuilder().Row(new MefRow { Devengado = "" }).Build()).Rows.Single().Amounts.Devengado.Should().Be(0);

    [Fact]
    public void Sums_are_exact_to_the_cent()
    {
        var random = new Random(30);
        var builder = new MefFileBuilder();
        var expectedCents = new long[2];
        for (var i = 0; i < 5000; i++)
        {
            // Cents as whole numbers: the expected sums never touch decimal parsing or floating point.
            var pim = random.NextInt64(0, 200_000_000_000);
            var devengado = i % 7 == 0 ? 123_456_789 : random.NextInt64(-1_000_000, 50_000_000_000);
            expectedCents[0] += i % 10 == 0 ? 10 : pim;
            expectedCents[1] += devengado;
            var pimText = i % 10 == 0 ? "0.1" : Soles(pim);
            builder.Row(new MefRow { Ubigeo = "080108", Month = (i % 13).ToString(CultureInfo.InvariantCulture), Pim = pimText, Devengado = Soles(devengado) });
        }

        var rows = MefRead.All(builder.Build()).Rows;
        var total = rows.Aggregate(default(BudgetAmounts), (sum, r) => sum + r.Amounts);

        rows.Should().HaveCount(5000);
        total.Pim.Should().Be(expectedCents[0] / 100m);
        total.Devengado.Should().Be(expectedCents[1] / 100m);
    }

    [Fact]
    public void The_reader_is_registered_with_the_file_services() =>
        new ServiceCollection().AddFileStorage().BuildServiceProvider().GetRequiredService<IBudgetFileReader>().Should().BeOfType<MefExpenseReader>();

    /// <summary>"0.10", "-12.05", "1234567.89": how MEF writes an amount of so many cents.</summary>
    private static string Soles(long cents) =>
        (cents < 0 ? "-" : "") + (Math.Abs(cents) / 100).ToString(CultureInfo.InvariantCulture) + "." + (Math.Abs(cents) % 100).ToString("00", CultureInfo.InvariantCulture);
}
