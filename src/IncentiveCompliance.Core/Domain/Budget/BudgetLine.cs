using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Core.Domain.Budget;

/// <summary>
/// A municipality's PP 0030 figures for one product, activity and month of a year, summed over the file's rows
/// (specific expenditure, funding source…). Month 0 carries PIA and PIM.
/// </summary>
public sealed class BudgetLine
{
    public long Id { get; private set; }

    public required int Year { get; init; }

    public required string Ubigeo { get; init; }

    public required int Month { get; init; }

    public required string ExecutingUnit { get; init; } // SEC_EJEC

    public required string ProductCode { get; init; }

    public required string ProductName { get; init; }

    public required string ActivityCode { get; init; }

    public required string ActivityName { get; init; }

    public decimal Pia { get; init; }

    public decimal Pim { get; init; }

    public decimal Certificado { get; init; }

    public decimal ComprometidoAnual { get; init; }

    public decimal ComprometidoMensual { get; init; } // "atención de compromiso mensual"

    public decimal Devengado { get; init; }

    public decimal Girado { get; init; }

    public BudgetAmounts Amounts => new(Pia, Pim, Certificado, ComprometidoAnual, ComprometidoMensual, Devengado, Girado);
}
