using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using IncentiveCompliance.Web.Security;

namespace IncentiveCompliance.Web.Pages.Presupuesto;

/// <summary>Upload of the MEF execution file; the import then runs in the background and its page shows the progress.</summary>
[RequestSizeLimit(RequestBudgetImport.MaxBytes + UploadedFile.MultipartOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestBudgetImport.MaxBytes + UploadedFile.MultipartOverhead)]
[UploadAccess(Upload.Budget)]
public sealed class ImportarModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Year { get; set; }

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<BudgetImportStatus> Imports { get; private set; } = new([], null);

    public Pager Pager => new(Imports.NextCursor, Cursor is not null, "Anteriores");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Years.OrCurrent(null, clock);
        Imports = await mediator.Send(new ListBudgetImports(PageSize.Default, Cursor), ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await using var content = UploadedFile.Open(file);
        var id = await mediator.Send(new RequestBudgetImport(Year, file?.FileName ?? "", content), ct);
        return RedirectToPage("/Presupuesto/Importacion", new { id });
    }
}
