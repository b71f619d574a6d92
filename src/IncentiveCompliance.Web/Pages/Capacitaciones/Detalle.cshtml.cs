using IncentiveCompliance.Core.Domain.Training;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using IncentiveCompliance.Web.Security;

namespace IncentiveCompliance.Web.Pages.Capacitaciones;

/// <summary>A training's page for its secretariat: details, the attendance sheet upload with its row errors, one-by-one registration.</summary>
[RequestSizeLimit(ImportAttendance.MaxBytes + UploadedFile.MultipartOverhead)]
[UploadAccess(Upload.Attendance)]
public sealed class DetalleModel(IMediator mediator) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Attendee Input { get; set; } = new();

    public TrainingDetails Training { get; private set; } = null!;

    public AttendanceResult? Result { get; private set; }

    [BindProperty]
    public TrainingForm Edit { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Training = await mediator.Send(new GetTrainingEvent(Id), ct);
        Edit = TrainingForm.Of(Training);
    }

    public async Task<IActionResult> OnGetCertificateAsync(Guid attendee, CancellationToken ct)
    {
        var certificate = await mediator.Send(new GetAttendanceCertificate(Id, attendee), ct);
        return File(certificate.Content, "application/pdf", certificate.FileName);
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken ct)
    {
        Training = await mediator.Send(new GetTrainingEvent(Id), ct);
        await mediator.Send(new UpdateTrainingEvent(Id, Edit.Fields()), ct);
        return RedirectToPage();
    }

    public async Task OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        Training = await mediator.Send(new GetTrainingEvent(Id), ct);
        await using var content = UploadedFile.Open(file);
        Result = await mediator.Send(new ImportAttendance(Id, content), ct);
        Training = await mediator.Send(new GetTrainingEvent(Id), ct);
        Edit = TrainingForm.Of(Training);
    }

    public async Task OnPostRegisterAsync(CancellationToken ct)
    {
        Training = await mediator.Send(new GetTrainingEvent(Id), ct);
        Result = await mediator.Send(new RegisterAttendee(Id, new AttendeeRow(Input.Dni?.Trim() ?? "", Input.FullName?.Trim() ?? "", Input.Ubigeo?.Trim() ?? "",
            Positions.Parse(Input.Position), Input.Email, null, Input.Attended ? AttendanceStatus.Attended : AttendanceStatus.Registered, null)), ct);
        Training = await mediator.Send(new GetTrainingEvent(Id), ct);
        Edit = TrainingForm.Of(Training);
        Input = new();
    }

    public sealed class Attendee
    {
        public string? Dni { get; set; }

        public string? FullName { get; set; }

        public string? Ubigeo { get; set; }

        public string? Position { get; set; }

        public string? Email { get; set; }

        public bool Attended { get; set; }
    }
}
