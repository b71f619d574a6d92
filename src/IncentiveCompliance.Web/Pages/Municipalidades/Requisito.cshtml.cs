using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

/// <summary>One requirement for one municipality: what it asks, the form to report progress (or save a draft), and the submissions so far.</summary>
[RequestSizeLimit(SubmissionForm.MaxRequestBytes)]
public sealed class RequisitoModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Ubigeo { get; set; } = "";

    [FromRoute]
    public string Code { get; set; } = "";

    [FromQuery(Name = "anio")]
    public int? Year { get; set; }

    [BindProperty]
    public Progress Input { get; set; } = new();

    public MunicipalityDetails Municipality { get; private set; } = null!;

    public ProgramCatalogue Catalogue { get; private set; } = null!;

    public RequirementView Requirement { get; private set; } = null!;

    public decimal? Target => Municipality.PiType is { } type ? Requirement.Targets.GetValueOrDefault(type) : null;

    public IReadOnlyList<EarlierSubmission> Submissions { get; private set; } = [];

    public bool CanSubmit => RequestAuthorization.RoleAllows<SubmitProgress>(user.Scope);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFileCollection files, CancellationToken ct)
    {
        await LoadAsync(ct);
        var formErrors = new List<FluentValidation.Results.ValidationFailure>();
        var value = SubmissionForm.Number(Input.Value, "value", formErrors);
        var created = await mediator.Send(new SubmitProgress(Ubigeo, Catalogue.Year, Code, Input.Note, value, Input.PeriodFrom, Input.PeriodTo, Input.EvidenceDate,
            files.GetFiles("files").Where(f => f.Length > 0).Select(f => new EvidenceUpload(f.FileName, f.OpenReadStream())).ToList(), Input.Draft) { FormErrors = formErrors }, ct);
        return Redirect($"/Avances/{created.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var year = Years.OrCurrent(Year, clock);
        Municipality = await mediator.Send(new GetMunicipality(Ubigeo), ct);
        Catalogue = await mediator.Send(new GetProgramCatalogue(year), ct);
        Requirement = Catalogue.Commitments.SelectMany(c => c.Requirements).SingleOrDefault(r => r.Code == Code)
            ?? throw new NotFoundException($"el requisito del año {year}", Code);
        var item = (await mediator.Send(new GetMunicipalityCompliance(Ubigeo, year), ct)).Items.SingleOrDefault(i => i.RequirementCode == Code);
        if (item?.LatestSubmissionId is { } latest)
        {
            var details = await mediator.Send(new GetSubmission(latest), ct);
            Submissions = [new EarlierSubmission(details.Id, details.Status, details.CreatedAt, details.ReviewReason), .. details.EarlierSubmissions.Reverse()];
        }
    }

    public sealed class Progress
    {
        public string? Note { get; set; }

        /// <summary>As typed: read by <see cref="SubmissionForm.Number"/>, like the API's field.</summary>
        public string? Value { get; set; }

        public DateOnly? PeriodFrom { get; set; }

        public DateOnly? PeriodTo { get; set; }

        public DateOnly? EvidenceDate { get; set; }

        public bool Draft { get; set; }
    }
}
