using FluentValidation;
using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Calendar;

/// <summary>The non-working days of a year, which deadlines skip.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record ListHolidays(int Year) : IRequest<IReadOnlyList<HolidayView>>;

public sealed class ListHolidaysValidator : AbstractValidator<ListHolidays>
{
    public ListHolidaysValidator() => RuleFor(x => x.Year).ValidYear();
}

public sealed record HolidayView(DateOnly Date, string Name);

internal sealed class ListHolidaysHandler(AppDbContext db) : IRequestHandler<ListHolidays, IReadOnlyList<HolidayView>>
{
    public async Task<IReadOnlyList<HolidayView>> Handle(ListHolidays request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        return await db.Holidays.Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)
            .Select(h => new HolidayView(h.Date, h.Name)).ToListAsync(cancellationToken);
    }
}
