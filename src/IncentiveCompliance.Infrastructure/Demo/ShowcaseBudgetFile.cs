using System.Globalization;
using System.Text;
using IncentiveCompliance.Infrastructure.Budget;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// A regional extract of MEF's "Presupuesto y Ejecución de Gasto" for the showcase: every Cusco municipality's PP 0030,
/// two activities each, PIA and PIM on month 0 and the execution of months 1 to <c>lastMonth</c>, at a pace of its own
/// (from about half the expected pace to a little ahead of it). The 63 quoted columns, UTF-8, as MEF publishes them.
/// </summary>
internal static class ShowcaseBudgetFile
{
    private static readonly (string Product, string ProductName, string Activity, string ActivityName, decimal Share)[] Lines =
    [
        ("3000355", "PATRULLAJE POR SECTOR", "5004156", "PATRULLAJE MUNICIPAL POR SECTOR - SERENAZGO", 0.7m),
        ("3000356", "COMUNIDAD ORGANIZADA A FAVOR DE LA SEGURIDAD CIUDADANA", "5004170", "FORMACIÓN Y CAPACITACIÓN EN MATERIA DE SEGURIDAD CIUDADANA A JUNTAS VECINALES", 0.3m),
    ];

    public static byte[] Write(int year, int lastMonth, IReadOnlyList<ShowcaseTown> towns)
    {
        var text = new StringBuilder();
        AppendRow(text, MefHeader.Columns);
        for (var t = 0; t < towns.Count; t++)
        {
            var town = towns[t];
            var random = ShowcasePlan.RandomFor(town.Ubigeo, 30);
            var pim = town.Ubigeo == "080101" ? 2_400_000m : Math.Round(40_000m + (decimal)random.NextDouble() * 900_000m, 2);
            var pace = 0.45m + (decimal)random.NextDouble() * 0.65m; // share of the expected pace
            foreach (var line in Lines)
            {
                var linePim = Math.Round(pim * line.Share, 2);
                AppendRow(text, Row(year, 0, t, town, line, Math.Round(linePim * 0.9m, 2), linePim, 0));
                for (var month = 1; month <= lastMonth; month++)
                {
                    var devengado = Math.Round(linePim / 12 * MonthPace(town, pace, month, random), 2);
                    AppendRow(text, Row(year, month, t, town, line, 0, 0, devengado));
                }
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// A month's devengado as a share of a twelfth of the PIM: the municipality's pace, give or take 30 %; Wanchaq starts
    /// slowly and catches up after May, so its budget officer justifies the slow months and not the last two.
    /// </summary>
    private static decimal MonthPace(ShowcaseTown town, decimal pace, int month, Random random) => town.Ubigeo == ShowcasePlan.Wanchaq
        ? month <= 5 ? 0.6m : 1.6m
        : pace * (0.7m + (decimal)random.NextDouble() * 0.6m);

    private static string[] Row(int year, int month, int index, ShowcaseTown town,
        (string Product, string ProductName, string Activity, string ActivityName, decimal Share) line, decimal pia, decimal pim, decimal devengado)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ANO_EJE"] = year.ToString(CultureInfo.InvariantCulture),
            ["MES_EJE"] = month.ToString(CultureInfo.InvariantCulture),
            ["NIVEL_GOBIERNO"] = "M",
            ["NIVEL_GOBIERNO_NOMBRE"] = "GOBIERNOS LOCALES",
            ["SEC_EJEC"] = (301_500 + index).ToString(CultureInfo.InvariantCulture),
            ["EJECUTORA_NOMBRE"] = $"MUNICIPALIDAD DE {town.Name.ToUpperInvariant()}",
            ["DEPARTAMENTO_EJECUTORA"] = town.Ubigeo[..2],
            ["DEPARTAMENTO_EJECUTORA_NOMBRE"] = "CUSCO",
            ["PROVINCIA_EJECUTORA"] = town.Ubigeo[2..4],
            ["DISTRITO_EJECUTORA"] = town.Ubigeo[4..],
            ["DISTRITO_EJECUTORA_NOMBRE"] = town.Name.ToUpperInvariant(),
            ["PROGRAMA_PPTO"] = "0030",
            ["PROGRAMA_PPTO_NOMBRE"] = "0030. REDUCCIÓN DE DELITOS Y FALTAS QUE AFECTAN LA SEGURIDAD CIUDADANA",
            ["PRODUCTO_PROYECTO"] = line.Product,
            ["PRODUCTO_PROYECTO_NOMBRE"] = line.ProductName,
            ["ACTIVIDAD_ACCION_OBRA"] = line.Activity,
            ["ACTIVIDAD_ACCION_OBRA_NOMBRE"] = line.ActivityName,
            ["TIPO_RECURSO"] = "13",
            ["TIPO_RECURSO_NOMBRE"] = "RECURSOS DETERMINADOS",
            ["MONTO_PIA"] = Amount(pia),
            ["MONTO_PIM"] = Amount(pim),
            ["MONTO_CERTIFICADO"] = Amount(Math.Round(devengado * 1.1m, 2)),
            ["MONTO_COMPROMETIDO_ANUAL"] = Amount(Math.Round(devengado * 1.05m, 2)),
            ["MONTO_COMPROMETIDO"] = Amount(devengado),
            ["MONTO_DEVENGADO"] = Amount(devengado),
            ["MONTO_GIRADO"] = Amount(devengado),
        };
        return MefHeader.Columns.Select(c => values.GetValueOrDefault(c, "")).ToArray();
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder text, IEnumerable<string> values) =>
        text.AppendJoin(',', values.Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append('\n');
}
