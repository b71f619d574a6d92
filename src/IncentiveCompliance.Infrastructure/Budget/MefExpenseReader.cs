using System.Globalization;
using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// Reads MEF's "Presupuesto y Ejecución de Gasto" file in one pass over its bytes. Nearly every row of a national file
/// belongs to another program, level of government or municipality, so a row is judged on the raw bytes of
/// PROGRAMA_PPTO, NIVEL_GOBIERNO and the ubigeo codes, and only kept rows are decoded and parsed. Rows are numbered
/// as records, the header being row 1: a line break inside a quoted name does not shift the numbers.
/// </summary>
internal sealed class MefExpenseReader : IBudgetFileReader
{
    private const int DefaultBufferSize = 1024 * 1024;

    private readonly int _bufferSize;

    public MefExpenseReader()
        : this(DefaultBufferSize)
    {
    }

    /// <summary>A small buffer lets tests put records across refills of the buffer.</summary>
    internal MefExpenseReader(int bufferSize) => _bufferSize = bufferSize;

    public BudgetFileTally Read(Stream file, BudgetFileFilter filter, Action<BudgetRow> onRow, IProgress<long>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(onRow);
        ct.ThrowIfCancellationRequested();
        var ticker = new ProgressTicker(progress);
        using var source = MefSource.Open(file, ticker, ct);
        var csv = new QuotedCsvTokenizer(source.Csv, source.AlreadyRead, () =>
        {
            ct.ThrowIfCancellationRequested();
            ticker.Tick(source.Consumed);
        }, _bufferSize);
        BudgetFileTally tally;
        try
        {
            tally = ReadRows(csv, filter, onRow);
        }
        catch (InvalidDataException)
        {
            throw MefSource.Damaged(csv.RecordNumber + 1);
        }

        ticker.Finish(source.ConsumedAtEnd);
        return tally;
    }

    private static BudgetFileTally ReadRows(QuotedCsvTokenizer csv, BudgetFileFilter filter, Action<BudgetRow> onRow)
    {
        var columns = MefColumns.FromHeader(csv);
        var registered = new RegisteredUbigeos(filter.Ubigeos);
        var (program, level) = (columns.Program.Index, columns.GovernmentLevel.Index);
        var (department, province, district) = (columns.Department.Index, columns.Province.Index, columns.District.Index);
        long read = 0, kept = 0, otherProgram = 0, otherLevel = 0, unregistered = 0;
        while (csv.MoveNext())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            read++;
            if (csv.FieldCount != columns.Count)
            {
                throw WrongColumnCount(csv, columns.Count);
            }

            if (!csv.Raw(program).SequenceEqual("0030"u8))
            {
                otherProgram++;
            }
            else if (!csv.Raw(level).SequenceEqual("M"u8))
            {
                otherLevel++;
            }
            else if (!registered.TryFind(csv.Raw(department), csv.Raw(province), csv.Raw(district), out var ubigeo))
            {
                unregistered++;
            }
            else
            {
                onRow(ToRow(csv, columns, filter.Year, ubigeo));
                kept++;
            }
        }

        return new BudgetFileTally(read, kept, otherProgram, otherLevel, unregistered);
    }

    private static BudgetRow ToRow(QuotedCsvTokenizer csv, MefColumns columns, int year, string ubigeo)
    {
        var fileYear = Text(csv, columns.Year);
        if (fileYear != year.ToString(CultureInfo.InvariantCulture))
        {
            throw new BudgetFileException(csv.RecordNumber, columns.Year.Name, $"el archivo es del año {fileYear}, no del {year}");
        }

        return new BudgetRow(
            Month(csv, columns.Month),
            ubigeo,
            Text(csv, columns.ExecutingUnit),
            Text(csv, columns.Product),
            Text(csv, columns.ProductName),
            Text(csv, columns.Activity),
            Text(csv, columns.ActivityName),
            new BudgetAmounts(
                Amount(csv, columns.Pia),
                Amount(csv, columns.Pim),
                Amount(csv, columns.Certificado),
                Amount(csv, columns.ComprometidoAnual),
                Amount(csv, columns.ComprometidoMensual),
                Amount(csv, columns.Devengado),
                Amount(csv, columns.Girado)));
    }

    private static int Month(QuotedCsvTokenizer csv, MefColumn column) =>
        int.TryParse(csv.Raw(column.Index), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month <= 12
            ? month
            : throw new BudgetFileException(csv.RecordNumber, column.Name, $"«{Text(csv, column)}» no es un mes válido (de 0 a 12)");

    private static decimal Amount(QuotedCsvTokenizer csv, MefColumn column) =>
        MefAmount.TryParse(csv.Raw(column.Index), out var amount)
            ? amount
            : throw new BudgetFileException(csv.RecordNumber, column.Name, $"«{Text(csv, column)}» no es un monto válido");

    private static string Text(QuotedCsvTokenizer csv, MefColumn column) => FieldText.Decode(csv.Raw(column.Index), csv.HasDoubledQuotes(column.Index));

    private static BudgetFileException WrongColumnCount(QuotedCsvTokenizer csv, int expected)
    {
        var (row, count) = (csv.RecordNumber, csv.FieldCount);
        if (count > expected)
        {
            return new BudgetFileException(row, null, $"la fila tiene {count} columnas y el encabezado {expected}");
        }

        var cut = csv.NothingFollows() ? "; el archivo parece cortado" : "";
        return new BudgetFileException(row, null, $"la fila está incompleta ({count} de {expected} columnas){cut}");
    }
}
