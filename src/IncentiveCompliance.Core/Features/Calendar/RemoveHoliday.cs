using System.Globalization;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Calendar;

/// <summary>Removes a non-working day; deadlines computed afterwards count it as a working day.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RemoveHoliday(DateOnly Date) : IRequest<HolidayView>;

internal sealed class RemoveHolidayHandler(AppDbContext db, AuditTrail audit) : IRequestHandler<RemoveHoliday, HolidayView>
{
    public async Task<HolidayView> Handle(RemoveHoliday request, CancellationToken cancellationToken)
    {
        var holiday = await db.Holidays.FindAsync([request.Date], cancellationToken) ?? throw new NotFoundException("el feriado", PeruFormat.Date(request.Date));
        var view = new HolidayView(holiday.Date, holiday.Name);
        db.Holidays.Remove(holiday);
        audit.Record(AuditAction.HolidayRemoved, "Holiday", request.Date.ToString("O", CultureInfo.InvariantCulture), null, view, null);
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }
}
