using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Core.Common;
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

/// <summary>Adds (or renames) a non-working day, e.g. one the government decrees for the public sector.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record AddHoliday(DateOnly Date, string Name) : IRequest<HolidayView>;

[AllowedRoles(Roles.Administrator)]
public sealed record RemoveHoliday(DateOnly Date) : IRequest<HolidayView>;

public sealed class AddHolidayValidator : AbstractValidator<AddHoliday>
{
    public AddHolidayValidator()
    {
        RuleFor(x => x.Date).NotEqual(default(DateOnly)).WithMessage("Indique la fecha (AAAA-MM-DD).");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100).WithName("Nombre");
    }
}

internal sealed class HolidayHandlers(AppDbContext db, AuditTrail audit)
    : IRequestHandler<ListHolidays, IReadOnlyList<HolidayView>>, IRequestHandler<AddHoliday, HolidayView>, IRequestHandler<RemoveHoliday, HolidayView>
{
    public async Task<IReadOnlyList<HolidayView>> Handle(ListHolidays request, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        return await db.Holidays.Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)
            .Select(h => new HolidayView(h.Date, h.Name)).ToListAsync(cancellationToken);
    }

    public async Task<HolidayView> Handle(AddHoliday request, CancellationToken cancellationToken)
    {
        var holiday = await db.Holidays.FindAsync([request.Date], cancellationToken);
        var before = holiday is null ? null : new HolidayView(holiday.Date, holiday.Name);
        if (holiday is null)
        {
            holiday = new Holiday(request.Date, request.Name.Trim());
            db.Holidays.Add(holiday);
        }

        holiday.Name = request.Name.Trim();
        var view = new HolidayView(holiday.Date, holiday.Name);
        audit.Record("holiday.saved", "Holiday", request.Date.ToString("O"), null, before, view);
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }

    public async Task<HolidayView> Handle(RemoveHoliday request, CancellationToken cancellationToken)
    {
        var holiday = await db.Holidays.FindAsync([request.Date], cancellationToken) ?? throw new NotFoundException("el feriado", request.Date.ToString("dd/MM/yyyy"));
        var view = new HolidayView(holiday.Date, holiday.Name);
        db.Holidays.Remove(holiday);
        audit.Record("holiday.removed", "Holiday", request.Date.ToString("O"), null, view, null);
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }

    /// <summary>The working-day calendar for deadlines around the given dates (holidays of those years and the next).</summary>
    internal static async Task<WorkingDayCalendar> CalendarAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = (new DateOnly(from.Year, 1, 1), new DateOnly(to.Year + 1, 12, 31));
        return new WorkingDayCalendar(await db.Holidays.Where(h => h.Date >= start && h.Date <= end).Select(h => h.Date).ToListAsync(cancellationToken));
    }
}
