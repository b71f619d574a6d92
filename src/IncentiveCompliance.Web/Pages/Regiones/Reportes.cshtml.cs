using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Features.Reports;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Pages.Shared;
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

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<ReportStatus> Reports { get; private set; } = new([], null);

    public Pager Pager => new(Reports.NextCursor, Cursor is not null, "Anteriores");

    public bool AnyPending => Reports.Items.Any(r => !r.Status.IsFinished());

    public ScheduleView? Schedule { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Schedule = await mediator.Send(new GetReportSchedule(Code), ct);
        Input = new ScheduleInput
        {
            Frequency = EnumJson.Name(Schedule.Frequency), DayOfMonth = Schedule.DayOfMonth, DayOfWeek = EnumJson.Name(Schedule.DayOfWeek), Hour = Schedule.Hour,
        };
    }

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(new RequestComplianceReport(Code, Year), ct);
        return RedirectToPage(new { code = Code });
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(ct);
        await mediator.Send(new RetryComplianceReport(id), ct);
        return RedirectToPage(new { code = Code });
    }

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Schedule = await mediator.Send(new GetReportSchedule(Code), ct);
        await mediator.Send(new SaveReportSchedule(Code, Input.Frequency, Input.DayOfMonth, Input.DayOfWeek, Input.Hour), ct);
        return RedirectToPage(new { code = Code, programacion = "guardada" });
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct)
    {
        var file = await mediator.Send(new GetComplianceReportFile(id), ct);
        return File(file.Content, "application/pdf", file.FileName);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = Year == 0 ? Years.OrCurrent(null, clock) : Year;
        Reports = await mediator.Send(new ListComplianceReports(Code, PageSize.Default, Cursor), ct);
    }

    /// <summary>The schedule in the API's words; the day of the month counts only when monthly, the weekday only when weekly.</summary>
    public sealed class ScheduleInput
    {
        public string? Frequency { get; set; }

        public int? DayOfMonth { get; set; }

        public string? DayOfWeek { get; set; }

        public int? Hour { get; set; }
    }
}
