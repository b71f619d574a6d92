using System.ComponentModel.DataAnnotations;

namespace IncentiveCompliance.Infrastructure.Notifications;

/// <summary>
/// Section <c>Smtp</c>, the notification e-mail: without <c>Host</c> nothing is sent; <c>Port</c> (25), <c>From</c>,
/// <c>EnableSsl</c> (false), and optional <c>User</c>/<c>Password</c>.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65_535, ErrorMessage = "Smtp:Port debe ser un puerto entre {1} y {2}.")]
    public int Port { get; set; } = 25;

    [EmailAddress(ErrorMessage = "Smtp:From debe ser una dirección de correo.")]
    public string From { get; set; } = "no-responder@incentive-compliance.pe";

    public bool EnableSsl { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }
}
