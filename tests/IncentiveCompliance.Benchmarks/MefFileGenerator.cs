using System.Buffers;
using System.Buffers.Text;
using System.Text;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Budget;

namespace IncentiveCompliance.Benchmarks;

/// <summary>What a reader filtering <see cref="CuscoUbigeos"/> for 2026 must find in a generated file.</summary>
internal sealed record MefFileExpectation(IReadOnlyList<string> CuscoUbigeos, BudgetFileTally Tally, BudgetAmounts KeptTotals);

/// <summary>
/// Writes a national "Presupuesto y Ejecución de Gasto" file of about the requested size, the same for the same seed:
/// the 63 quoted columns; national, regional and local governments; many budget programs; about 1,900 generated
/// ubigeos, among them 116 Cusco municipalities (department 08, provinces 01–13); under 1% of the rows PP 0030 rows of a
/// Cusco municipality; months 0–12; long Spanish names with tildes and ñ, a few holding commas and quotes; amounts with
/// two decimals, a few negative. As it writes, it works out what a reader must find, from the values it chose rather
/// than from the text, so a wrong parse cannot agree with it by accident.
/// </summary>
internal static class MefFileGenerator
{
    public const int Year = 2026;

    /// <summary>District count of each of Cusco's 13 provinces: 116 in all.</summary>
    private static readonly int[] CuscoDistricts = [8, 7, 9, 8, 8, 8, 8, 8, 18, 9, 6, 12, 7];

    private static readonly string[] Departments =
    [
        "AMAZONAS", "ÁNCASH", "APURÍMAC", "AREQUIPA", "AYACUCHO", "CAJAMARCA", "CALLAO", "CUSCO", "HUANCAVELICA", "HUÁNUCO",
        "ICA", "JUNÍN", "LA LIBERTAD", "LAMBAYEQUE", "LIMA", "LORETO", "MADRE DE DIOS", "MOQUEGUA", "PASCO", "PIURA", "PUNO",
        "SAN MARTÍN", "TACNA", "TUMBES", "UCAYALI",
    ];

    private static readonly string[] PlaceWords =
    [
        "SAN JERÓNIMO", "SANTIAGO", "WANCHAQ", "ÑUÑOA", "CHINCHEROS", "HUAYLLABAMBA", "OLLANTAYTAMBO", "PAUCARTAMBO",
        "QUIQUIJANA", "ANDAHUAYLILLAS", "PISAC", "POMACANCHI", "YANAOCA", "COPORAQUE", "LIVITACA", "MARANGANÍ", "ECHARATE",
        "QUELLOUNO", "OCONGATE", "LIMATAMBO", "JESÚS MARÍA", "SANTA ROSA", "PAMPAMARCA", "CCORCA", "HUÁNUCO PAMPA",
        "SAN MARTÍN DE PORRES", "VILLA MARÍA DEL TRIUNFO", "CAÑARIS", "PEÑA NEGRA", "CHACHAPOYAS", "QUIÑOTA", "ACHAYA",
    ];

    /// <summary>Program code, name and weight among rows that are not chosen as Cusco's PP 0030.</summary>
    private static readonly (string Code, string Name, int Weight)[] Programs =
    [
        ("9001", "ACCIONES CENTRALES", 24),
        ("9002", "ASIGNACIONES PRESUPUESTARIAS QUE NO RESULTAN EN PRODUCTOS", 30),
        ("0090", "LOGROS DE APRENDIZAJE DE ESTUDIANTES DE LA EDUCACIÓN BÁSICA REGULAR", 9),
        ("0068", "REDUCCIÓN DE VULNERABILIDAD Y ATENCIÓN DE EMERGENCIAS POR DESASTRES", 6),
        ("0001", "PROGRAMA ARTICULADO NUTRICIONAL", 5),
        ("0036", "GESTIÓN INTEGRAL DE RESIDUOS SÓLIDOS", 5),
        ("0082", "PROGRAMA NACIONAL DE SANEAMIENTO URBANO", 4),
        ("0101", "INCREMENTO DE LA PRÁCTICA DE ACTIVIDADES FÍSICAS, DEPORTIVAS Y RECREATIVAS EN LA POBLACIÓN PERUANA", 4),
        ("0138", "REDUCCIÓN DEL COSTO, TIEMPO E INSEGURIDAD EN EL SISTEMA DE TRANSPORTE", 5),
        ("0148", "REDUCCIÓN DEL TIEMPO, INSEGURIDAD Y COSTO AMBIENTAL EN EL TRANSPORTE URBANO", 2),
        ("0030", "REDUCCIÓN DE DELITOS Y FALTAS QUE AFECTAN LA SEGURIDAD CIUDADANA", 3),
        ("0031", "REDUCCIÓN DEL TRÁFICO ILÍCITO DE DROGAS", 1),
        ("0083", "PROGRAMA NACIONAL DE SANEAMIENTO RURAL", 2),
    ];

    private static readonly (string Code, string Name)[] SecurityProducts =
    [
        ("3000355", "PATRULLAJE POR SECTOR"),
        ("3000356", "COMUNIDAD ORGANIZADA A FAVOR DE LA SEGURIDAD CIUDADANA"),
        ("3000422", "OPERACIONES POLICIALES PARA REDUCIR LOS DELITOS Y FALTAS"),
        ("3000520", "COMISARÍAS CON LAS CONDICIONES BÁSICAS PARA EL SERVICIO A LA COMUNIDAD"),
        ("3000001", "ACCIONES COMUNES"),
    ];

    private static readonly (string Code, string Name)[] SecurityActivities =
    [
        ("5004156", "PATRULLAJE MUNICIPAL POR SECTOR – SERENAZGO EN ZONAS DE MAYOR INCIDENCIA DELICTIVA"),
        ("5004170", "FORMACIÓN Y CAPACITACIÓN EN MATERIA DE SEGURIDAD CIUDADANA A JUNTAS VECINALES"),
        ("5005608", "IMPLEMENTACIÓN DEL PROGRAMA \"VECINO VIGILANTE\", CON CÁMARAS Y ALARMAS COMUNITARIAS"),
        ("5006096", "SEÑALIZACIÓN, ILUMINACIÓN Y RECUPERACIÓN DE ESPACIOS PÚBLICOS PARA LA SEGURIDAD"),
        ("5000276", "GESTIÓN DEL PROGRAMA Y ACOMPAÑAMIENTO A LOS COMITÉS DISTRITALES DE SEGURIDAD CIUDADANA"),
    ];

    private static readonly (string Code, string Name)[] OtherProducts =
    [
        ("3000001", "ACCIONES COMUNES PARA LA GESTIÓN DEL PROGRAMA PRESUPUESTAL"),
        ("3000385", "INSTITUCIONES EDUCATIVAS CON CONDICIONES PARA EL CUMPLIMIENTO DE HORAS LECTIVAS NORMADAS"),
        ("3033251", "NIÑOS Y NIÑAS CON VACUNA COMPLETA, CONTROL DE CRECIMIENTO Y DESARROLLO OPORTUNO"),
        ("3000579", "HOGARES URBANOS CON SERVICIO DE LIMPIEZA PÚBLICA, BARRIDO DE CALLES Y ÁREAS VERDES"),
        ("3000734", "POBLACIÓN CON PRÁCTICAS SEGURAS FRENTE A PELIGROS NATURALES EN ZONAS DE RIESGO ALTO"),
        ("2194506", "MEJORAMIENTO DE VÍAS URBANAS"),
    ];

    private static readonly (string Code, string Name)[] OtherActivities =
    [
        ("5000003", "GESTIÓN ADMINISTRATIVA DE LA MUNICIPALIDAD Y DE SUS ÓRGANOS DE LÍNEA Y DE APOYO"),
        ("5001253", "TRANSFERENCIAS DE RECURSOS PARA LA EJECUCIÓN DE PROYECTOS DE INVERSIÓN EN LA REGIÓN"),
        ("5005878", "MANTENIMIENTO DE LOCALES ESCOLARES Y DOTACIÓN DE MOBILIARIO PARA AULAS DE PRIMARIA"),
        ("5006373", "PROMOCIÓN, IMPLEMENTACIÓN Y EJECUCIÓN DE ACTIVIDADES PARA LA REACTIVACIÓN ECONÓMICA"),
        ("5000661", "DESARROLLO DE CAMPAÑAS DE RECOLECCIÓN, TRANSPORTE Y DISPOSICIÓN FINAL DE RESIDUOS"),
        ("5004279", "MONITOREO, SUPERVISIÓN, EVALUACIÓN Y CONTROL DE LA ATENCIÓN DE NIÑOS MENORES DE 36 MESES"),
        ("2194506", "MEJORAMIENTO DEL SERVICIO DE TRANSITABILIDAD VEHICULAR Y PEATONAL EN LA AV. PEÑA, SECTOR 3"),
        ("2478112", "CREACIÓN DEL SERVICIO DE AGUA POTABLE Y SANEAMIENTO EN EL CENTRO POBLADO DE ÑAUPAPAMPA"),
        ("5001189", "MANTENIMIENTO RUTINARIO DE CAMINOS VECINALES Y DE HERRADURA EN ÁMBITO DE LA JURISDICCIÓN"),
    ];

    public static MefFileExpectation Write(Stream output, long bytes, int seed = 30)
    {
        var random = new Random(seed);
        var places = Places(random);
        var cusco = places.Where(p => p.Department == 8).ToArray();
        var programs = Programs.Select(p => (p.Code, Quoted: Quote(p.Code), Name: Quote(p.Code + ". " + p.Name))).ToArray();
        var programWeights = Programs.Select(p => p.Weight).ToArray();
        var security = programs.Single(p => p.Code == "0030");
        var securityProducts = SecurityProducts.Select(p => (Quote(p.Code), Quote(p.Name))).ToArray();
        var securityActivities = SecurityActivities.Select(p => (Quote(p.Code), Quote(p.Name))).ToArray();
        var otherProducts = OtherProducts.Select(p => (Quote(p.Code), Quote(p.Name))).ToArray();
        var otherActivities = OtherActivities.Select(p => (Quote(p.Code), Quote(p.Name))).ToArray();
        (char Code, byte[] Quoted, byte[] Name)[] levels = [('E', Quote("E"), Quote("GOBIERNO NACIONAL")), ('R', Quote("R"), Quote("GOBIERNOS REGIONALES")), ('M', Quote("M"), Quote("GOBIERNOS LOCALES"))];
        int[] levelWeights = [35, 20, 45];
        var fixedPart = FixedColumns();

        var row = new RowWriter(output);
        row.Header();
        long rows = 0, kept = 0, otherProgram = 0, otherLevel = 0, unregistered = 0;
        var totals = new long[7];
        var amounts = new long[7];
        while (row.BytesWritten < bytes)
        {
            // About 0.7% of rows are chosen as Cusco's PP 0030; random draws add a few more.
            var chosen = random.Next(1000) < 7;
            var level = chosen ? levels[2] : levels[Pick(random, levelWeights)];
            var program = chosen ? security : programs[Pick(random, programWeights)];
            var place = chosen ? cusco[random.Next(cusco.Length)] : places[random.Next(places.Length)];
            var month = random.Next(13);
            Amounts(random, month, amounts);
            var isSecurity = program.Code == "0030";
            var (product, productName) = isSecurity ? securityProducts[random.Next(securityProducts.Length)] : otherProducts[random.Next(otherProducts.Length)];
            var (activity, activityName) = isSecurity ? securityActivities[random.Next(securityActivities.Length)] : otherActivities[random.Next(otherActivities.Length)];

            row.Number(Year, 4);
            row.Number(month, 1);
            row.Quoted(level.Quoted);
            row.Quoted(level.Name);
            row.Quoted(fixedPart.Sector);
            row.Quoted(fixedPart.SectorName);
            row.Number(place.Pliego, 6);
            row.Quoted(place.MunicipalityName);
            row.Number(300_000 + place.Pliego % 100_000, 6);
            row.Number(1, 3);
            row.Quoted(place.MunicipalityName);
            row.Number(place.Department, 2);
            row.Quoted(place.DepartmentName);
            row.Number(place.Province, 2);
            row.Quoted(place.ProvinceName);
            row.Number(place.District, 2);
            row.Quoted(place.DistrictName);
            row.Number(random.Next(1, 60), 4);
            row.Quoted(program.Quoted);
            row.Quoted(program.Name);
            row.Quoted(fixedPart.ActivityType);
            row.Quoted(fixedPart.ActivityTypeName);
            row.Quoted(product);
            row.Quoted(productName);
            row.Quoted(activity);
            row.Quoted(activityName);
            foreach (var text in fixedPart.Classification)
            {
                row.Quoted(text);
            }

            for (var i = 0; i < amounts.Length; i++)
            {
                row.Amount(amounts[i]);
            }

            row.EndRow();

            rows++;
            if (!isSecurity)
            {
                otherProgram++;
            }
            else if (level.Code != 'M')
            {
                otherLevel++;
            }
            else if (place.Department != 8)
            {
                unregistered++;
            }
            else
            {
                kept++;
                for (var i = 0; i < amounts.Length; i++)
                {
                    totals[i] += amounts[i];
                }
            }
        }

        row.Flush();
        var soles = totals.Select(c => c / 100m).ToArray();
        return new MefFileExpectation(
            cusco.Select(p => p.Ubigeo).ToList(),
            new BudgetFileTally(rows, kept, otherProgram, otherLevel, unregistered),
            new BudgetAmounts(soles[0], soles[1], soles[2], soles[3], soles[4], soles[5], soles[6]));
    }

    /// <summary>Month 0 carries PIA and PIM; a month carries certification ≥ commitments ≥ accrual ≥ payment, rarely a reversal.</summary>
    private static void Amounts(Random random, int month, long[] cents)
    {
        Array.Clear(cents);
        if (month == 0)
        {
            cents[0] = random.NextInt64(0, 5_000_000_000);
            cents[1] = cents[0] + random.NextInt64(-cents[0] / 10, 500_000_000);
            return;
        }

        cents[2] = random.NextInt64(0, 200_000_000);
        cents[3] = random.NextInt64(0, cents[2] + 1);
        cents[4] = random.NextInt64(0, cents[3] + 1);
        cents[5] = random.Next(200) == 0 ? -random.NextInt64(1, 10_000_00) : random.NextInt64(0, cents[4] + 1);
        cents[6] = cents[5] > 0 ? random.NextInt64(0, cents[5] + 1) : 0;
    }

    private static Place[] Places(Random random)
    {
        var places = new List<Place>();
        var pliego = 1;
        for (var department = 1; department <= Departments.Length; department++)
        {
            var provinces = department == 8 ? CuscoDistricts.Length : random.Next(4, 13);
            for (var province = 1; province <= provinces; province++)
            {
                var provinceName = province == 1 ? Departments[department - 1] : Word(random);
                var districts = department == 8 ? CuscoDistricts[province - 1] : random.Next(3, 15);
                for (var district = 1; district <= districts; district++)
                {
                    var districtName = district == 1 ? provinceName : Word(random) + (random.Next(4) == 0 ? " DE " + Word(random) : "");
                    var municipality = district == 1 ? $"MUNICIPALIDAD PROVINCIAL DE {provinceName}" : $"MUNICIPALIDAD DISTRITAL DE {districtName}";
                    places.Add(new Place(department, province, district, pliego++, Quote(Departments[department - 1]), Quote(provinceName), Quote(districtName), Quote(municipality)));
                }
            }
        }

        return [.. places];
    }

    private static string Word(Random random) => PlaceWords[random.Next(PlaceWords.Length)];

    private static int Pick(Random random, int[] weights)
    {
        var draw = random.Next(weights.Sum());
        var index = 0;
        while (draw >= weights[index])
        {
            draw -= weights[index++];
        }

        return index;
    }

    private static byte[] Quote(string text) => Encoding.UTF8.GetBytes("\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    /// <summary>Columns whose values do not matter to the reader: a typical classification, the same on every row.</summary>
    private static (byte[] Sector, byte[] SectorName, byte[] ActivityType, byte[] ActivityTypeName, byte[][] Classification) FixedColumns() =>
    (
        Quote("99"),
        Quote("GOBIERNOS LOCALES"),
        Quote("3"),
        Quote("ACTIVIDAD"),
        [
            Quote("05"), Quote("ORDEN PÚBLICO Y SEGURIDAD"), Quote("014"), Quote("ORDEN INTERNO"), Quote("0030"),
            Quote("OPERACIONES DE POLICÍA"), Quote("0012"), Quote("0081264"),
            Quote("PATRULLAJE Y VIGILANCIA PERMANENTE DEL SERENAZGO EN LAS ZONAS URBANAS Y PERIURBANAS DEL DISTRITO"),
            Quote("08"), Quote("CUSCO"), Quote("5"), Quote("RECURSOS DETERMINADOS"), Quote("18"),
            Quote("CANON Y SOBRECANON, REGALÍAS, RENTA DE ADUANAS Y PARTICIPACIONES"), Quote("P"),
            Quote("FONDO DE COMPENSACIÓN MUNICIPAL"), Quote("5"), Quote("GASTOS CORRIENTES"), Quote("2"), Quote("3"),
            Quote("BIENES Y SERVICIOS"), Quote("2"), Quote("CONTRATACIÓN DE SERVICIOS"), Quote("3"),
            Quote("SERVICIOS BÁSICOS, COMUNICACIONES, PUBLICIDAD Y DIFUSIÓN"), Quote("1"),
            Quote("SERVICIOS DE ENERGÍA ELÉCTRICA, AGUA Y GAS"), Quote("1"), Quote("SERVICIO DE SUMINISTRO DE ENERGÍA ELÉCTRICA"),
        ]
    );

    private sealed record Place(int Department, int Province, int District, int Pliego, byte[] DepartmentName, byte[] ProvinceName, byte[] DistrictName, byte[] MunicipalityName)
    {
        public string Ubigeo => $"{Department:00}{Province:00}{District:00}";
    }

    /// <summary>Builds a row in a byte buffer, every value quoted, and hands whole rows to the output.</summary>
    private sealed class RowWriter(Stream output)
    {
        private readonly byte[] _row = new byte[16 * 1024];
        private int _length;

        public long BytesWritten { get; private set; }

        public void Header()
        {
            foreach (var column in MefHeader.Columns)
            {
                Quoted(Quote(column));
            }

            EndRow();
        }

        public void Quoted(byte[] quoted)
        {
            quoted.CopyTo(_row, _length);
            _length += quoted.Length;
            _row[_length++] = (byte)',';
        }

        public void Number(long value, int digits)
        {
            _row[_length++] = (byte)'"';
            Utf8Formatter.TryFormat(value, _row.AsSpan(_length), out var written, new StandardFormat('D', (byte)digits));
            _length += written;
            _row[_length++] = (byte)'"';
            _row[_length++] = (byte)',';
        }

        /// <summary>"-1234.05" from cents.</summary>
        public void Amount(long cents)
        {
            _row[_length++] = (byte)'"';
            if (cents < 0)
            {
                _row[_length++] = (byte)'-';
            }

            var absolute = Math.Abs(cents);
            Utf8Formatter.TryFormat(absolute / 100, _row.AsSpan(_length), out var written);
            _length += written;
            _row[_length++] = (byte)'.';
            Utf8Formatter.TryFormat(absolute % 100, _row.AsSpan(_length), out written, new StandardFormat('D', 2));
            _length += written;
            _row[_length++] = (byte)'"';
            _row[_length++] = (byte)',';
        }

        public void EndRow()
        {
            _row[_length - 1] = (byte)'\n';
            output.Write(_row, 0, _length);
            BytesWritten += _length;
            _length = 0;
        }

        public void Flush() => output.Flush();
    }
}
