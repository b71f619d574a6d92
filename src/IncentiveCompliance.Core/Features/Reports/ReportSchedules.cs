using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Reports;

/// <summary>When the region's report is generated on its own (monthly on the 1st at 07:00 Lima time until changed; off until enabled).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetReportSchedule(string RegionCode) : IRequest<ScheduleView>, IRegionScoped;

[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record SaveReportSchedule(string RegionCode, string Cron, bool Enabled) : IRequest<ScheduleView>, IRegionScoped;

public sealed record ScheduleView(string Region, string Cron, bool Enabled, string? UpdatedBy, DateTime? UpdatedAt);

public sealed class SaveReportScheduleValidator : AbstractValidator<SaveReportSchedule>
{
    public SaveReportScheduleValidator(IBackgroundJobs jobs) =>
        RuleFor(x => x.Cron).NotEmpty().MaximumLength(120).Must(jobs.IsValidCron)
            .WithMessage("La expresión cron no es válida: use el formato de Quartz «segundos minutos horas día-del-mes mes día-de-la-semana», p. ej. «0 0 7 1 * ?» (el 1 de cada mes a las 07:00).");
}

internal sealed class ReportScheduleHandlers(AppDbContext db, IBackgroundJobs jobs, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetReportSchedule, ScheduleView>, IRequestHandler<SaveReportSchedule, ScheduleView>
{
    public async Task<ScheduleView> Handle(GetReportSchedule request, CancellationToken cancellationToken) =>
        View(await FindAsync(request.RegionCode, cancellationToken) ?? new ReportSchedule { RegionCode = request.RegionCode });

    public async Task<ScheduleView> Handle(SaveReportSchedule request, CancellationToken cancellationToken)
    {
        if (!await db.Regions.AnyAsync(r => r.Code == request.RegionCode, cancellationToken))
        {
            throw new NotFoundException("la región", request.RegionCode);
        }

        var schedule = await FindAsync(request.RegionCode, cancellationToken);
        var before = schedule is null ? null : new { schedule.Cron, schedule.Enabled };
        if (schedule is null)
        {
            schedule = new ReportSchedule { RegionCode = request.RegionCode };
            db.ReportSchedules.Add(schedule);
        }

        (schedule.Cron, schedule.Enabled, schedule.UpdatedBy, schedule.UpdatedAt) = (request.Cron.Trim(), request.Enabled, user.Email, clock.GetUtcNow().UtcDateTime);
        audit.Record("report.schedule_saved", "ReportSchedule", request.RegionCode, null, before, new { schedule.Cron, schedule.Enabled }, request.RegionCode);
        await db.SaveChangesAsync(cancellationToken);
        var name = ReportSchedule.JobName(request.RegionCode);
        if (schedule.Enabled)
        {
            await jobs.ScheduleAsync(name, new RunScheduledReport(request.RegionCode), schedule.Cron, cancellationToken);
        }
        else
        {
            await jobs.UnscheduleAsync(name, cancellationToken);
        }

        return View(schedule);
    }

    private Task<ReportSchedule?> FindAsync(string regionCode, CancellationToken cancellationToken) =>
        db.ReportSchedules.SingleOrDefaultAsync(s => s.RegionCode == regionCode, cancellationToken);

    private static ScheduleView View(ReportSchedule s) => new(s.RegionCode, s.Cron, s.Enabled, s.UpdatedBy, s.UpdatedAt);
}
