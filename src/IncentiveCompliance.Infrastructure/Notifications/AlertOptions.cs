using System.ComponentModel.DataAnnotations;
using IncentiveCompliance.Core.Features.Notifications;

namespace IncentiveCompliance.Infrastructure.Notifications;

/// <summary>Section <c>Alerts</c>: how many working days before a deadline the alert goes out (<c>WorkingDays</c>, 5).</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    [Range(1, 60, ErrorMessage = "Alerts:WorkingDays debe ser un entero entre {1} y {2}.")]
    public int WorkingDays { get; set; } = DeadlineAlerts.Default.WorkingDays;
}
