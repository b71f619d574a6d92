using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>
/// Sets the schedule in words: <c>off</c>; <c>monthly</c> with a day of the month (1–28) and an hour; or <c>weekly</c>
/// with a day of the week (<c>monday</c> … <c>sunday</c>) and an hour (0–23, Lima time).
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record SaveReportSchedule(string RegionCode, string? Frequency, int? DayOfMonth, string? DayOfWeek, int? Hour)
    : IRequest<ScheduleView>, IRegionScoped;

public sealed class SaveReportScheduleValidator : AbstractValidator<SaveReportSchedule>
{
    public SaveReportScheduleValidator()
    {
        RuleFor(x => x.Frequency).Must(f => ScheduleWords.Frequency(f) is not null)
            .WithMessage("Elija cuándo se genera: «off» (nunca), «monthly» (cada mes) o «weekly» (cada semana).");
        When(x => ScheduleWords.Frequency(x.Frequency) is ReportFrequency.Monthly, () =>
            RuleFor(x => x.DayOfMonth).NotNull().InclusiveBetween(1, ReportSchedule.LastDayOfMonth)
                .WithMessage($"El día del mes va del 1 al {ReportSchedule.LastDayOfMonth}, para que el reporte salga todos los meses."));
        When(x => ScheduleWords.Frequency(x.Frequency) is ReportFrequency.Weekly, () =>
            RuleFor(x => x.DayOfWeek).Must(d => ScheduleWords.Weekday(d) is not null)
                .WithMessage("Indique el día de la semana: monday, tuesday, wednesday, thursday, friday, saturday o sunday."));
        When(x => ScheduleWords.Frequency(x.Frequency) is ReportFrequency.Monthly or ReportFrequency.Weekly, () =>
            RuleFor(x => x.Hour).NotNull().InclusiveBetween(0, 23).WithMessage("La hora va de 0 a 23 (hora de Lima)."));
    }
}

internal sealed class SaveReportScheduleHandler(AppDbContext db, IBackgroundJobs jobs, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<SaveReportSchedule, ScheduleView>
{
    public async Task<ScheduleView> Handle(SaveReportSchedule request, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == request.RegionCode, cancellationToken))
        {
            throw new NotFoundException("la región", request.RegionCode);
        }

        var schedule = await db.ReportSchedules.SingleOrDefaultAsync(s => s.RegionCode == request.RegionCode, cancellationToken);
        var before = schedule is null ? null : ScheduleView.Of(schedule);
        if (schedule is null)
        {
            schedule = new ReportSchedule { RegionCode = request.RegionCode };
            db.ReportSchedules.Add(schedule);
        }

        schedule.Set(ScheduleWords.Frequency(request.Frequency)!.Value, request.DayOfMonth ?? schedule.DayOfMonth,
            ScheduleWords.Weekday(request.DayOfWeek) ?? schedule.DayOfWeek, request.Hour ?? schedule.Hour);
        (schedule.UpdatedBy, schedule.UpdatedAt) = (user.Email, clock.GetUtcNow().UtcDateTime);
        var after = ScheduleView.Of(schedule);
        audit.Record(AuditAction.ReportScheduleSaved, "ReportSchedule", request.RegionCode, null,
            before is null ? null : new { before.Frequency, before.DayOfMonth, before.DayOfWeek, before.Hour },
            new { after.Frequency, after.DayOfMonth, after.DayOfWeek, after.Hour }, request.RegionCode);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.ApplyAsync(schedule, cancellationToken);
        return after;
    }
}
