using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Compliance;
using IncentiveCompliance.Core.Domain.Notifications;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Compliance;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Notifications;

/// <summary>
/// The daily deadline check: items due within <see cref="DeadlineAlerts.WorkingDays"/> working days with nothing sent, and
/// observations whose correction deadline is that near or already past, become notifications for the municipality's
/// security managers, e-mailed too when SMTP is set up. Each item and threshold is notified once per user, however
/// often the check runs.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record SendDeadlineAlerts : IBackgroundRequest;

/// <summary>How many working days ahead a deadline is announced (<c>Alerts:WorkingDays</c>, default 5).</summary>
public sealed record DeadlineAlerts(int WorkingDays)
{
    public static readonly DeadlineAlerts Default = new(5);

    public const string JobName = "deadline-alerts";

    /// <summary>Every day at 06:00 Lima time.</summary>
    public const string Cron = "0 6 * * *";
}

internal sealed class SendDeadlineAlertsHandler(AppDbContext db, ReferenceData reference, DeadlineAlerts settings, INotificationMailer mailer, TimeProvider clock)
    : IRequestHandler<SendDeadlineAlerts, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SendDeadlineAlerts request, CancellationToken cancellationToken)
    {
        var today = LimaTime.Today(clock);
        var calendar = await reference.WorkingDaysAsync(cancellationToken);
        var horizon = calendar.AddWorkingDays(today, settings.WorkingDays);
        var managers = await db.Users.Where(u => u.Ubigeo != null && u.LockoutEnd == null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.MunicipalManager)))
            .Select(u => new { u.Id, u.Email, Ubigeo = u.Ubigeo! }).ToListAsync(cancellationToken);
        var ubigeos = managers.Select(m => m.Ubigeo).Distinct(StringComparer.Ordinal).ToList();
        var years = await db.ProgramYears.Where(p => p.Year == today.Year || p.Year == today.Year + 1).Select(p => p.Year).ToListAsync(cancellationToken);

        var alerts = new List<Alert>();
        foreach (var year in years)
        {
            var (_, requirements, evaluations) = await ComplianceCalculator.EvaluateAsync(
                db, reference, year, db.Municipalities.Where(m => ubigeos.Contains(m.Ubigeo)), today, cancellationToken);
            var titles = requirements.ToDictionary(r => r.Code, r => r.Title, StringComparer.Ordinal);
            foreach (var e in evaluations)
            {
                alerts.AddRange(AlertsFor(e, year, titles, today, horizon));
            }
        }

        var userIds = managers.Select(m => m.Id).ToList();
        var sent = (await db.Notifications.Where(n => userIds.Contains(n.UserId)).Select(n => new { n.UserId, n.Key }).ToListAsync(cancellationToken))
            .Select(n => (n.UserId, n.Key)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<(Notification Notice, string? Email)>();
        foreach (var alert in alerts)
        {
            foreach (var manager in managers.Where(m => m.Ubigeo == alert.Ubigeo && !sent.Contains((m.Id, alert.Key))))
            {
                var notice = new Notification
                {
                    UserId = manager.Id, Key = alert.Key, Ubigeo = alert.Ubigeo, Title = alert.Title, Message = alert.Message, Link = alert.Link, CreatedAt = now,
                };
                db.Notifications.Add(notice);
                created.Add((notice, manager.Email));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (notice, email) in created.Where(c => c.Email is not null))
        {
            if (await mailer.SendAsync(email!, notice.Title, $"{notice.Message}\n\n{notice.Link}", cancellationToken))
            {
                notice.EmailedAt = clock.GetUtcNow().UtcDateTime;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }

    /// <summary>
    /// What one municipality's items of a year call for: an item due by the horizon with nothing sent, or an observation
    /// whose correction deadline is that near or already past.
    /// </summary>
    private static IEnumerable<Alert> AlertsFor(MunicipalityEvaluation e, int year, IReadOnlyDictionary<string, string> titles, DateOnly today, DateOnly horizon)
    {
        foreach (var item in e.Result.Items)
        {
            var latest = e.Latest.GetValueOrDefault(item.Code);
            var link = $"/Municipalidades/{e.Ubigeo}/Requisitos/{item.Code}?anio={year}";
            if (item.State is ItemState.NotSubmitted or ItemState.Draft && item.DueDate >= today && item.DueDate <= horizon)
            {
                yield return new Alert(e.Ubigeo, $"due-soon:{year}:{item.Code}:{e.Ubigeo}", $"Vence pronto: {item.Code}",
                    $"El requisito «{titles[item.Code]}» vence el {item.DueDate:dd/MM/yyyy} y aún no se ha enviado el avance.", link);
            }
            else if (latest is { Status: SubmissionStatus.Observed, CorrectionDueDate: { } due } && due <= horizon)
            {
                var past = due < today;
                yield return new Alert(e.Ubigeo, $"{(past ? "observation-overdue" : "observation-due-soon")}:{latest.Id}",
                    past ? $"Plazo de subsanación vencido: {item.Code}" : $"Subsane pronto: {item.Code}",
                    past
                        ? $"La observación de «{titles[item.Code]}» debía subsanarse hasta el {due:dd/MM/yyyy}."
                        : $"La observación de «{titles[item.Code]}» debe subsanarse hasta el {due:dd/MM/yyyy}: «{latest.ReviewReason}».", link);
            }
        }
    }

    private sealed record Alert(string Ubigeo, string Key, string Title, string Message, string Link);
}

/// <summary>E-mail for notifications; without SMTP settings nothing is sent and the bell alone carries them.</summary>
public interface INotificationMailer
{
    /// <summary>Sends one message; false when e-mail is not configured.</summary>
    Task<bool> SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}
