using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Calendar;

internal static class HolidayCalendar
{
    /// <summary>The working-day calendar for deadlines around the given dates (holidays of those years and the next).</summary>
    public static async Task<WorkingDayCalendar> WorkingDaysAsync(this AppDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = (new DateOnly(from.Year, 1, 1), new DateOnly(to.Year + 1, 12, 31));
        return new WorkingDayCalendar(await db.Holidays.Where(h => h.Date >= start && h.Date <= end).Select(h => h.Date).ToListAsync(cancellationToken));
    }
}
