using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Features.Budget;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Presupuesto;

/// <summary>One import's progress; the page reloads itself every few seconds until the import ends (no script needed); a failed one can be retried.</summary>
public sealed class ImportacionModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public BudgetImportStatus Import { get; private set; } = null!;

    public bool Finished => Import.Status.IsFinished();

    public async Task OnGetAsync(CancellationToken ct) => Import = await mediator.Send(new GetBudgetImport(Id), ct);

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        Import = await mediator.Send(new RetryBudgetImport(Id), ct);
        return RedirectToPage(new { Id });
    }
}
