using System.Text;
using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>A needed column of the MEF file: its header name and where the header put it.</summary>
internal readonly record struct MefColumn(string Name, int Index);

/// <summary>
/// The columns the reader needs, found by name in the header row: the 63-column layout is known only from
/// reconstructions, so positions are never assumed. Unknown columns are ignored; names are compared ignoring case and
/// surrounding spaces.
/// </summary>
internal sealed class MefColumns
{
    private readonly Dictionary<string, int> _positions;

    private MefColumns(Dictionary<string, int> positions, int count)
    {
        _positions = positions;
        Count = count;
        Year = Find("ANO_EJE");
        Month = Find("MES_EJE");
        GovernmentLevel = Find("NIVEL_GOBIERNO");
        ExecutingUnit = Find("SEC_EJEC");
        Department = Find("DEPARTAMENTO_EJECUTORA");
        Province = Find("PROVINCIA_EJECUTORA");
        District = Find("DISTRITO_EJECUTORA");
        Program = Find("PROGRAMA_PPTO");
        Product = Find("PRODUCTO_PROYECTO");
        ProductName = Find("PRODUCTO_PROYECTO_NOMBRE");
        Activity = Find("ACTIVIDAD_ACCION_OBRA");
        ActivityName = Find("ACTIVIDAD_ACCION_OBRA_NOMBRE");
        Pia = Find("MONTO_PIA");
        Pim = Find("MONTO_PIM");
        Certificado = Find("MONTO_CERTIFICADO");
        ComprometidoAnual = Find("MONTO_COMPROMETIDO_ANUAL");
        ComprometidoMensual = Find("MONTO_COMPROMETIDO");
        Devengado = Find("MONTO_DEVENGADO");
        Girado = Find("MONTO_GIRADO");
    }

    /// <summary>Columns in the header, which every row must have.</summary>
    public int Count { get; }

    public MefColumn Year { get; }

    public MefColumn Month { get; }

    public MefColumn GovernmentLevel { get; }

    public MefColumn ExecutingUnit { get; }

    public MefColumn Department { get; }

    public MefColumn Province { get; }

    public MefColumn District { get; }

    public MefColumn Program { get; }

    public MefColumn Product { get; }

    public MefColumn ProductName { get; }

    public MefColumn Activity { get; }

    public MefColumn ActivityName { get; }

    public MefColumn Pia { get; }

    public MefColumn Pim { get; }

    public MefColumn Certificado { get; }

    public MefColumn ComprometidoAnual { get; }

    public MefColumn ComprometidoMensual { get; }

    public MefColumn Devengado { get; }

    public MefColumn Girado { get; }

    /// <summary>Reads the header, the tokenizer's first record; throws at row 1 when it is missing or lacks a needed column.</summary>
    public static MefColumns FromHeader(QuotedCsvTokenizer csv)
    {
        if (!csv.MoveNext() || csv.IsBlank)
        {
            throw new BudgetFileException(1, null, "el archivo está vacío: falta la fila de encabezados del MEF");
        }

        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            // Header names are ASCII; Latin-1 keeps any stray byte visible instead of failing.
            positions.TryAdd(Encoding.Latin1.GetString(csv.Raw(i)).Trim(), i);
        }

        return new MefColumns(positions, csv.FieldCount);
    }

    private MefColumn Find(string name) => _positions.TryGetValue(name, out var index)
        ? new MefColumn(name, index)
        : throw new BudgetFileException(1, name, $"falta la columna {name}; ¿es el archivo «Presupuesto y Ejecución de Gasto» del MEF?");
}
