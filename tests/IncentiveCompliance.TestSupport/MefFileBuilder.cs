using System.IO.Compression;
using System.Text;
using IncentiveCompliance.Infrastructure.Budget;

namespace IncentiveCompliance.TestSupport;

/// <summary>One row of a test MEF file: a PP 0030 row of Cusco's provincial municipality unless told otherwise.</summary>
public sealed class MefRow
{
    private readonly Dictionary<string, string> _values = new()
    {
        ["ANO_EJE"] = "2026",
        ["MES_EJE"] = "1",
        ["NIVEL_GOBIERNO"] = "M",
        ["NIVEL_GOBIERNO_NOMBRE"] = "GOBIERNOS LOCALES",
        ["SEC_EJEC"] = "301529",
        ["EJECUTORA_NOMBRE"] = "MUNICIPALIDAD PROVINCIAL DEL CUSCO",
        ["DEPARTAMENTO_EJECUTORA"] = "08",
        ["DEPARTAMENTO_EJECUTORA_NOMBRE"] = "CUSCO",
        ["PROVINCIA_EJECUTORA"] = "01",
        ["PROVINCIA_EJECUTORA_NOMBRE"] = "CUSCO",
        ["DISTRITO_EJECUTORA"] = "01",
        ["DISTRITO_EJECUTORA_NOMBRE"] = "CUSCO",
        ["PROGRAMA_PPTO"] = "0030",
        ["PROGRAMA_PPTO_NOMBRE"] = "0030. REDUCCIÓN DE DELITOS Y FALTAS QUE AFECTAN LA SEGURIDAD CIUDADANA",
        ["PRODUCTO_PROYECTO"] = "3000355",
        ["PRODUCTO_PROYECTO_NOMBRE"] = "PATRULLAJE POR SECTOR",
        ["ACTIVIDAD_ACCION_OBRA"] = "5004156",
        ["ACTIVIDAD_ACCION_OBRA_NOMBRE"] = "PATRULLAJE MUNICIPAL POR SECTOR - SERENAZGO",
        ["TIPO_RECURSO"] = "13",
        ["MONTO_PIA"] = "0",
        ["MONTO_PIM"] = "0",
        ["MONTO_CERTIFICADO"] = "0",
        ["MONTO_COMPROMETIDO_ANUAL"] = "0",
        ["MONTO_COMPROMETIDO"] = "0",
        ["MONTO_DEVENGADO"] = "0",
        ["MONTO_GIRADO"] = "0",
    };

    public string this[string column]
    {
        get => _values.GetValueOrDefault(column, "");
        set => _values[column] = value;
    }

    /// <summary>Sets DEPARTAMENTO_, PROVINCIA_ and DISTRITO_EJECUTORA from a six-digit ubigeo.</summary>
    public string Ubigeo
    {
        get => this["DEPARTAMENTO_EJECUTORA"] + this["PROVINCIA_EJECUTORA"] + this["DISTRITO_EJECUTORA"];
        init => (this["DEPARTAMENTO_EJECUTORA"], this["PROVINCIA_EJECUTORA"], this["DISTRITO_EJECUTORA"]) = (value[..2], value[2..4], value[4..]);
    }

    public string Year { get => this["ANO_EJE"]; init => this["ANO_EJE"] = value; }

    public string Month { get => this["MES_EJE"]; init => this["MES_EJE"] = value; }

    public string Level { get => this["NIVEL_GOBIERNO"]; init => this["NIVEL_GOBIERNO"] = value; }

    public string Program { get => this["PROGRAMA_PPTO"]; init => this["PROGRAMA_PPTO"] = value; }

    public string ProductName { get => this["PRODUCTO_PROYECTO_NOMBRE"]; init => this["PRODUCTO_PROYECTO_NOMBRE"] = value; }

    public string ActivityName { get => this["ACTIVIDAD_ACCION_OBRA_NOMBRE"]; init => this["ACTIVIDAD_ACCION_OBRA_NOMBRE"] = value; }

    public string Pia { get => this["MONTO_PIA"]; init => this["MONTO_PIA"] = value; }

    public string Pim { get => this["MONTO_PIM"]; init => this["MONTO_PIM"] = value; }

    public string Devengado { get => this["MONTO_DEVENGADO"]; init => this["MONTO_DEVENGADO"] = value; }
}

/// <summary>
/// Writes test files in the format of MEF's "Presupuesto y Ejecución de Gasto": the 63-column header and every value
/// double-quoted, with the encoding, BOM, line ends and zip packaging a test asks for.
/// </summary>
public sealed class MefFileBuilder
{
    public static readonly IReadOnlyList<string> StandardColumns = MefHeader.Columns;

    private readonly StringBuilder _lines = new();

    public IReadOnlyList<string> Columns { get; init; } = StandardColumns;

    public Encoding Encoding { get; init; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public bool Bom { get; init; }

    public string LineEnd { get; init; } = "\n";

    /// <summary>False writes values bare, as a hand-edited file might.</summary>
    public bool Quoted { get; init; } = true;

    public bool FinalLineEnd { get; init; } = true;

    public int RowCount { get; private set; }

    public MefFileBuilder Row(MefRow row)
    {
        AddLine(string.Join(",", Columns.Select(c => Quote(row[c]))));
        return this;
    }

    public MefFileBuilder Rows(IEnumerable<MefRow> rows)
    {
        foreach (var row in rows)
        {
            Row(row);
        }

        return this;
    }

    /// <summary>A line written as given, for rows no well-formed file has.</summary>
    public MefFileBuilder RawLine(string line)
    {
        AddLine(line);
        return this;
    }

    public string Text()
    {
        var header = string.Join(",", Columns.Select(Quote)) + LineEnd;
        var text = header + _lines;
        return FinalLineEnd ? text : text[..^LineEnd.Length];
    }

    public byte[] Build()
    {
        var content = Encoding.GetBytes(Text());
        return Bom ? [.. Encoding.UTF8.GetPreamble(), .. content] : content;
    }

    /// <summary>A zip holding a note first and then the CSV, as a download bundle might.</summary>
    public byte[] BuildZipped()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var note = new StreamWriter(archive.CreateEntry("LEEME.txt").Open()))
            {
                note.Write("Datos abiertos del MEF");
            }

            using var csv = archive.CreateEntry("2026-Gasto-Mensual.csv", CompressionLevel.Optimal).Open();
            csv.Write(Build());
        }

        return zip.ToArray();
    }

    private void AddLine(string line)
    {
        _lines.Append(line).Append(LineEnd);
        RowCount++;
    }

    private string Quote(string value) => Quoted ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
