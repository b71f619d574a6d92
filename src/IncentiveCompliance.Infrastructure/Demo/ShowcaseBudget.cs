using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// PP 0030 figures: the secretariat uploads the generated MEF file (<see cref="ShowcaseBudgetFile"/>) and the real
/// import runs at once in this process, as <c>import-budget</c> does (the job it queued finds the import finished and
/// leaves it alone); then Wanchaq's budget officer reviews each month, justifying those behind the expected pace.
/// </summary>
internal sealed class ShowcaseBudget(ShowcaseActors actors, TimeProvider clock, int year)
{
    /// <summary>January to October, or to the last month over when the showcase is loaded earlier in the year.</summary>
    public const int LastMonth = 10;

    private static readonly string[] Justifications =
    [
        "La compra de combustible para el serenazgo se devengó recién el mes siguiente por la demora del proveedor.",
        "El PIM se incrementó con la transferencia del Programa de Incentivos; la ejecución se programó para el segundo semestre.",
        "Las planillas del serenazgo del mes se pagaron con retraso por el cambio de responsable en Tesorería.",
    ];

    public async Task LoadAsync(IReadOnlyList<ShowcaseTown> towns, CancellationToken cancellationToken)
    {
        var today = LimaTime.Today(clock);
        var lastMonth = today.Year > year ? LastMonth : Math.Min(LastMonth, today.Month - 1);
        var file = ShowcaseBudgetFile.Write(year, lastMonth, towns);
        var import = await actors.SendAs(ShowcaseActors.Secretariat,
            new RequestBudgetImport(year, $"{year}-Gasto-Mensual-Cusco.csv", new MemoryStream(file)), cancellationToken);
        await actors.SendAsSystem(new RunBudgetImport(import), cancellationToken);

        var officer = actors.AccountOf(Roles.BudgetOfficer, ShowcasePlan.Wanchaq);
        if (officer is null)
        {
            return;
        }

        var budget = await actors.SendAs(officer, new GetMunicipalityBudget(ShowcasePlan.Wanchaq, year), cancellationToken);
        foreach (var month in budget.ByMonth.Where(m => m.Over && m.Month <= lastMonth))
        {
            var justification = month.BehindPace ? Justifications[month.Month % Justifications.Length] : null;
            await actors.SendAs(officer, new ReviewBudgetMonth(ShowcasePlan.Wanchaq, year, month.Month, justification), cancellationToken);
        }
    }
}
