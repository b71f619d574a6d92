using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Calendar;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Feriados;

public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "anio")]
    public int? YearAsked { get; set; }

    [BindProperty]
    public NewHoliday Input { get; set; } = new();

    public int Year => Years.OrCurrent(YearAsked, clock);

    public bool CanEdit => RequestAuthorization.RoleAllows<AddHoliday>(user.Scope);

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<HolidayView> Holidays { get; private set; } = new([], null);

    public Pager Pager => new(Holidays.NextCursor, Cursor is not null);

    public async Task OnGetAsync(CancellationToken ct) => Holidays = await mediator.Send(new ListHolidays(Year, PageSize.Default, Cursor), ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        Holidays = await mediator.Send(new ListHolidays(Year, PageSize.Default, Cursor), ct);
        var added = await mediator.Send(new AddHoliday(Input.Date ?? default, Input.Name ?? ""), ct);
        return RedirectToPage(new { anio = added.Date.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct)
    {
        await mediator.Send(new RemoveHoliday(date), ct);
        return RedirectToPage(new { anio = date.Year });
    }

    public sealed class NewHoliday
    {
        public DateOnly? Date { get; set; }

        public string? Name { get; set; }
    }
}
