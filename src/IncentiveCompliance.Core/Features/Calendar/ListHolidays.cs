using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Calendar;

/// <summary>The non-working days of a year, which deadlines skip, by date.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record ListHolidays(int Year, int Limit = PageSize.Default, string? Cursor = null) : IRequest<Page<HolidayView>>, IPagedRequest
{
    internal static readonly PageCursor<After> Cursors = new("holidays");

    internal sealed record After(DateOnly Date);
}

public sealed class ListHolidaysValidator : AbstractValidator<ListHolidays>
{
    public ListHolidaysValidator()
    {
        RuleFor(x => x.Year).ValidYear();
        this.ValidPage(ListHolidays.Cursors);
    }
}

public sealed record HolidayView(DateOnly Date, string Name);

internal sealed class ListHolidaysHandler(AppDbContext db) : IRequestHandler<ListHolidays, Page<HolidayView>>
{
    public async Task<Page<HolidayView>> Handle(ListHolidays request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var after = ListHolidays.Cursors.After(request)?.Date;
        return await db.Holidays.Where(h => h.Date >= from && h.Date <= to && (after == null || h.Date > after)).OrderBy(h => h.Date)
            .Select(h => new HolidayView(h.Date, h.Name))
            .ToPageAsync(request, ListHolidays.Cursors, h => new ListHolidays.After(h.Date), cancellationToken);
    }
}
