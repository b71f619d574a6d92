using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Capacitaciones;

public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "region")]
    public string? RegionAsked { get; set; }

    [FromQuery(Name = "anio")]
    public int? YearAsked { get; set; }

    [BindProperty]
    public TrainingForm Input { get; set; } = new();

    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public string Region => RegionScope.Of(RegionAsked, user);

    public int Year => Years.OrCurrent(YearAsked, clock);

    public Page<TrainingSummary> Events { get; private set; } = new([], null);

    public Pager Pager => new(Events.NextCursor, Cursor is not null, "Anteriores");

    public async Task OnGetAsync(CancellationToken ct) => Events = await mediator.Send(new ListTrainingEvents(Region, Year, PageSize.Default, Cursor), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Events = await mediator.Send(new ListTrainingEvents(Region, Year, PageSize.Default, Cursor), ct);
        var id = await mediator.Send(new CreateTrainingEvent(Region, Input.Fields()), ct);
        return RedirectToPage("/Capacitaciones/Detalle", new { id });
    }
}
