using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Budget;

namespace IncentiveCompliance.UnitTests.Budget;

/// <summary>Runs the reader over test bytes and collects what it kept.</summary>
internal static class MefRead
{
    /// <summary>Cusco's provincial capital, Wanchaq and Santiago: the registered municipalities of most tests.</summary>
    public static readonly BudgetFileFilter Cusco2026 = new(2026, new HashSet<string> { "080101", "080108", "080110" });

    public static (BudgetFileTally Tally, List<BudgetRow> Rows) All(byte[] file, BudgetFileFilter? filter = null, int bufferSize = 1024 * 1024) =>
        All(new MemoryStream(file), filter, bufferSize);

    public static (BudgetFileTally Tally, List<BudgetRow> Rows) All(Stream file, BudgetFileFilter? filter = null, int bufferSize = 1024 * 1024)
    {
        var rows = new List<BudgetRow>();
        var tally = new MefExpenseReader(bufferSize).Read(file, filter ?? Cusco2026, rows.Add, null, CancellationToken.None);
        return (tally, rows);
    }
}
