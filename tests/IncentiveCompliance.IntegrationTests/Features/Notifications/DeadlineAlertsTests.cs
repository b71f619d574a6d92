using System.Globalization;
using System.Text;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Features.Submissions;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Notifications;

/// <summary>The daily deadline check: who is told what, once, by the bell and by e-mail.</summary>
public sealed class DeadlineAlertsTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Managers_are_told_once_of_items_due_soon_and_of_observations_to_correct(DatabaseProvider provider)
    {
        await using var smtp = new SmtpSink();
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true,
            // M1 and I1 fall due in 30 days, T1 in 60: a 25-working-day horizon takes in the first two only.
            settings: new Dictionary<string, string?>
            {
                ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture), ["Alerts:WorkingDays"] = "25",
            });
        await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json())));
        var sent = await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "acta.pdf"));
        await app.SendAs(TestUsers.CuscoSecretariat, new ReviewSubmission(sent.Id, "observe", "Falta la firma.", null));

        await app.SendAsAdmin(new SendDeadlineAlerts());
        var first = await Notices(app);
        await app.SendAsAdmin(new SendDeadlineAlerts());
        var notices = await Notices(app);

        // The demo's own catalogue has items falling due too; the test catalogue's are the ones pinned here.
        string[] Ours(string email) => notices.Where(n => n.Email == email && TestCodes.Any(n.Title.EndsWith)).Select(n => n.Title).ToArray();
        Ours("seguridad@wanchaq.demo.pe").Should().BeEquivalentTo("Vence pronto: I1", "Subsane pronto: M1");
        Ours("seguridad@santiago.demo.pe").Should().BeEquivalentTo("Vence pronto: M1", "Vence pronto: I1");
        notices.Should().HaveCount(first.Count, "a second run repeats nothing").And.OnlyContain(n => n.EmailedAt != null);
        notices.Select(n => n.Email).Distinct().Should().BeEquivalentTo(["seguridad@wanchaq.demo.pe", "seguridad@santiago.demo.pe"], "only security managers are told");
        (await app.Query(db => db.Notifications.Where(n => n.Ubigeo == TestUsers.Wanchaq && n.Title == "Vence pronto: I1").Select(n => n.Link).SingleAsync()))
            .Should().Be($"/Municipalidades/{TestUsers.Wanchaq}/Requisitos/I1?anio={TestCatalogue.Year}", "the requirement page's route (RequirementPageTests)");
        smtp.Messages.Should().HaveCount(notices.Count, "each notification is e-mailed once");
        smtp.Messages.Select(m => m.To).Should().BeEquivalentTo(notices.Select(n => n.Email));
        smtp.Messages.Select(m => Mail(m.Data)).Should().BeEquivalentTo(notices.Select(n => (n.Email, n.Title, n.Message)),
            "the subject and the Spanish text («», tildes) arrive intact over a server that accepts only 7-bit text");
    }

    private static readonly string[] TestCodes = [": M1", ": I1", ": T1"];

    private static Task<List<Notice>> Notices(AppServices app) =>
        app.Query(db => db.Notifications.Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new Notice(u.Email!, n.Title, n.Message, n.EmailedAt)).ToListAsync());

    /// <summary>Recipient, subject and the body's first line (the notice's message; the link follows) of a message as sent.</summary>
    private static (string To, string Subject, string Message) Mail(string data)
    {
        using var message = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(data)));
        return (message.To.Mailboxes.Single().Address, message.Subject ?? "", (message.TextBody ?? "").Split('\n')[0].TrimEnd('\r'));
    }

    private sealed record Notice(string Email, string Title, string Message, DateTime? EmailedAt);

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_user_reads_and_marks_only_their_own_notifications(DatabaseProvider provider)
    {
        await using var app = await AppServices.CreateAsync(provider, postgres, demo: true, settings: new Dictionary<string, string?> { ["Alerts:WorkingDays"] = "25" });
        await app.SendAsAdmin(new LoadCatalogue(TestCatalogue.Stream(TestCatalogue.Json())));
        await app.SendAsAdmin(new SendDeadlineAlerts());
        var wanchaqId = await app.Query(db => db.Users.Where(u => u.Email == "seguridad@wanchaq.demo.pe").Select(u => u.Id).SingleAsync());
        var santiagoId = await app.Query(db => db.Users.Where(u => u.Email == "seguridad@santiago.demo.pe").Select(u => u.Id).SingleAsync());

        var mine = await app.SendAs(TestUsers.WanchaqManager, new ListNotifications(), wanchaqId);
        var unread = await app.SendAs(TestUsers.WanchaqManager, new CountUnreadNotifications(), wanchaqId);
        var read = await app.SendAs(TestUsers.WanchaqManager, new MarkNotificationRead(mine.Items[0].Id), wanchaqId);

        unread.Should().Be(await app.Query(db => db.Notifications.CountAsync(n => n.UserId == wanchaqId))).And.BeGreaterThan(1);
        mine.Items.Should().HaveCount(Math.Min(unread, PageSize.Default)).And.BeInDescendingOrder(n => n.Id);
        read.ReadAt.Should().NotBeNull();
        (await app.SendAs(TestUsers.WanchaqManager, new CountUnreadNotifications(), wanchaqId)).Should().Be(unread - 1);
        await FluentActions.Invoking(() => app.SendAs(TestUsers.SantiagoManager, new MarkNotificationRead(mine.Items[1].Id), santiagoId))
            .Should().ThrowAsync<NotFoundException>();
        (await app.SendAs(TestUsers.SantiagoManager, new ListNotifications(), santiagoId)).Items.Select(n => n.Id).Should().NotIntersectWith(mine.Items.Select(n => n.Id));
    }
}
