namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>Reads the MEF open-data file "Presupuesto y Ejecución de Gasto" (63 quoted columns, one row per budget line and month).</summary>
public interface IBudgetFileReader
{
    /// <summary>
    /// Streams the file once (plain or zipped CSV; UTF-8 with or without BOM, or Latin-1) and hands every PP 0030 row
    /// of a local government whose ubigeo is in <see cref="BudgetFileFilter.Ubigeos"/> to <paramref name="onRow"/>.
    /// <paramref name="progress"/> receives the bytes of <paramref name="file"/> consumed so far.
    /// Throws <see cref="BudgetFileException"/> at the first row that cannot be trusted.
    /// </summary>
    BudgetFileTally Read(Stream file, BudgetFileFilter filter, Action<BudgetRow> onRow, IProgress<long>? progress, CancellationToken ct);
}

/// <summary>The year the file must be for, and the registered municipalities whose rows are kept.</summary>
public sealed record BudgetFileFilter(int Year, IReadOnlySet<string> Ubigeos);

/// <summary>One kept row. Month 0 carries PIA and PIM; months 1–12 carry that month's execution.</summary>
public sealed record BudgetRow(
    int Month,
    string Ubigeo,
    string ExecutingUnit, // SEC_EJEC
    string ProductCode,
    string ProductName,
    string ActivityCode,
    string ActivityName,
    BudgetAmounts Amounts);

/// <summary>Amounts in soles, exact.</summary>
public readonly record struct BudgetAmounts(
    decimal Pia,
    decimal Pim,
    decimal Certificado,
    decimal ComprometidoAnual,
    decimal ComprometidoMensual, // "atención de compromiso mensual"
    decimal Devengado,
    decimal Girado)
{
    public static BudgetAmounts operator +(BudgetAmounts a, BudgetAmounts b) => new(
        a.Pia + b.Pia, a.Pim + b.Pim, a.Certificado + b.Certificado, a.ComprometidoAnual + b.ComprometidoAnual,
        a.ComprometidoMensual + b.ComprometidoMensual, a.Devengado + b.Devengado, a.Girado + b.Girado);
}

/// <summary>What a read found: data rows read, rows kept, and rows skipped by reason.</summary>
public sealed record BudgetFileTally(long RowsRead, long RowsKept, long OtherProgram, long OtherGovernmentLevel, long UnregisteredUbigeo)
{
    public long RowsSkipped => OtherProgram + OtherGovernmentLevel + UnregisteredUbigeo;
}

/// <summary>A row (numbered as in the file, the header being row 1) or column that makes the whole file unusable.</summary>
public sealed class BudgetFileException(long row, string? column, string problem)
    : Exception(column is null ? $"Fila {row}: {problem}" : $"Fila {row}, columna {column}: {problem}")
{
    public long Row { get; } = row;

    public string? Column { get; } = column;
}
