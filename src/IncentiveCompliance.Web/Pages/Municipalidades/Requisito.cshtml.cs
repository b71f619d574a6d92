using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Presentation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using IncentiveCompliance.Web.Security;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

/// <summary>One requirement for one municipality: what it asks, the form to report progress (or save a draft), and the submissions so far.</summary>
[RequestSizeLimit(SubmissionForm.MaxRequestBytes)]
[UploadAccess(Upload.Evidence)]
public sealed class RequisitoModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Ubigeo { get; set; } = "";

    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    /// <summary>What was posted, shown again beside its errors: read by the API's binder, not by model binding.</summary>
    public SubmissionForm Input { get; private set; } = SubmissionForm.Empty;

    public RequirementProgress Progress { get; private set; } = null!;

    public bool CanSubmit => RequestAuthorization.RoleAllows<SubmitProgress>(user.Scope);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input = await SubmissionForm.ReadAsync(Request, ct);
        await LoadAsync(ct); // first: a refused submission draws the page again
        var created = await mediator.Send(Input.ToRequest(Ubigeo, Progress.Year, Code), ct);
        return RedirectToPage("/Avances/Detalle", new { id = created.Id });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Progress = await mediator.Send(new GetRequirementProgress(Ubigeo, Years.OrCurrent(Year, clock), Code), ct);
}
