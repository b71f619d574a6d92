using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Submissions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Avances;

/// <summary>A submission: its content, evidence, history; the municipality sends a draft here, the secretariat reviews here.</summary>
public sealed class DetalleModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ReviewForm Input { get; set; } = new();

    public SubmissionDetails Submission { get; private set; } = null!;

    public bool CanSubmit => RequestAuthorization.RoleAllows<SendDraft>(user.Scope);

    public bool CanReview => RequestAuthorization.RoleAllows<ReviewSubmission>(user.Scope) && !Submission.RegisteredByCaller;

    public async Task OnGetAsync(CancellationToken ct) => Submission = await mediator.Send(new GetSubmission(Id), ct);

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        Submission = await mediator.Send(new GetSubmission(Id), ct);
        await mediator.Send(new SendDraft(Id), ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        Submission = await mediator.Send(new GetSubmission(Id), ct);
        await mediator.Send(new ReviewSubmission(Id, Input.Decision, Input.Reason, Input.CorrectionDueDate, Input.Version), ct);
        return RedirectToPage();
    }

    public sealed class ReviewForm
    {
        public string? Decision { get; set; }

        public string? Reason { get; set; }

        public DateOnly? CorrectionDueDate { get; set; }

        /// <summary>The version the reviewer read: a review of a submission that changed meanwhile is refused.</summary>
        public int? Version { get; set; }
    }
}
