using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Regiones;

/// <summary>The region's compliance reports: history with live status, a request button, downloads, retries, the schedule and a preview.</summary>
public sealed class ReportesModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Code { get; set; } = "";

    [BindProperty]
    public int Year { get; set; }

    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public IReadOnlyList<ReportStatus> Reports { get; private set; } = [];

    public bool AnyPending => Reports.Any(r => r.Status is "queued" or "running");

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var schedule = await mediator.Send(new GetReportSchedule(Code), ct);
        Input = new ScheduleInput { Cron = schedule.Cron, Enabled = schedule.Enabled };
    }

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(new RequestComplianceReport(Code, Year), ct);
        return Redirect($"/Regiones/{Code}/Reportes");
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(new RetryComplianceReport(id), ct);
        return Redirect($"/Regiones/{Code}/Reportes");
    }

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(new SaveReportSchedule(Code, Input.Cron ?? "", Input.Enabled), ct);
        return Redirect($"/Regiones/{Code}/Reportes?programacion=guardada");
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct)
    {
        var file = await mediator.Send(new GetComplianceReportFile(id), ct);
        return File(file.Content, "application/pdf", file.FileName);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = Year == 0 ? Years.OrCurrent(null, clock) : Year;
        Reports = await mediator.Send(new ListComplianceReports(Code), ct);
    }

    public sealed class ScheduleInput
    {
        public string? Cron { get; set; }

        public bool Enabled { get; set; }
    }
}
