using IncentiveCompliance.Core.Features.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncentiveCompliance.Infrastructure.Notifications;

/// <summary>
/// Notification e-mail through MailKit when <c>Smtp:Host</c> is set (<see cref="SmtpOptions"/>: port, sender, TLS,
/// optional user and password); without it, nothing is sent.
/// </summary>
internal sealed class SmtpNotificationMailer(IOptions<SmtpOptions> options) : INotificationMailer
{
    private const int ImplicitTlsPort = 465;

    public async Task<bool> SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return false;
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp.EnableSsl, smtp.Port), cancellationToken);
        if (smtp.User is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return true;
    }

    /// <summary>
    /// <c>EnableSsl</c> false keeps the connection in plain text, as .NET's client did (MailKit's own default would
    /// upgrade whenever the server offers STARTTLS). True requires TLS: from the first byte on port 465 (implicit TLS),
    /// through STARTTLS on any other port, failing when the server does not offer it.
    /// </summary>
    private static SecureSocketOptions Security(bool enableSsl, int port) => enableSsl
        ? port == ImplicitTlsPort ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls
        : SecureSocketOptions.None;
}
