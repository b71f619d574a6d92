using System.Net;
using System.Net.Mail;
using IncentiveCompliance.Core.Features.Notifications;
using Microsoft.Extensions.Configuration;

namespace IncentiveCompliance.Infrastructure.Notifications;

/// <summary>
/// Notification e-mail through .NET's SMTP client when <c>Smtp:Host</c> is set (<c>Smtp:Port</c>, <c>Smtp:From</c>,
/// <c>Smtp:EnableSsl</c>, optional <c>Smtp:User</c>/<c>Smtp:Password</c>); without it, nothing is sent.
/// </summary>
internal sealed class SmtpNotificationMailer(IConfiguration configuration) : INotificationMailer
{
    public async Task<bool> SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var smtp = configuration.GetSection("Smtp");
        if (string.IsNullOrWhiteSpace(smtp["Host"]))
        {
            return false;
        }

        using var client = new SmtpClient(smtp["Host"], smtp.GetValue("Port", 25)) { EnableSsl = smtp.GetValue("EnableSsl", false) };
        if (smtp["User"] is { Length: > 0 } user)
        {
            client.Credentials = new NetworkCredential(user, smtp["Password"]);
        }

        using var message = new MailMessage(smtp["From"] ?? "no-responder@incentive-compliance.pe", to, subject, body)
        {
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        await client.SendMailAsync(message, cancellationToken);
        return true;
    }
}
