using FluentAssertions;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Domain.Notifications;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Features.Calendar;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Submissions;

/// <summary>
/// The data stamps that tell a node whether a page it kept is still current (docs/decisions/0018): a change renews the
/// row of the region it names, an evidence file the row of its submission's region, what names no region the shared row,
/// and a session or a sign-in's bookkeeping nothing; a role change renews both regions and drops what the user no longer covers.
/// </summary>
public sealed class DataStampTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_submission_renews_its_region_a_holiday_the_shared_row_and_a_session_nothing(DatabaseProvider provider)
    {
        await using var app = await AuditLoopTests.Start(provider, postgres);
        var first = await StampsAsync(app);

        await app.SendAs(TestUsers.WanchaqManager, AuditLoopTests.Submit("M1", TestFiles.Pdf, "acta.pdf"));
        var submitted = await StampsAsync(app);
        await app.SendAsAdmin(new AddHoliday(new DateOnly(2026, 12, 26), "Feriado de prueba"));
        var holiday = await StampsAsync(app);
        await using (app.NewContext(out var db))
        {
            var admin = await db.Users.SingleAsync(u => u.Email == "admin@demo.pe");
            db.Sessions.Add(new UserSession { UserId = admin.Id, StartedAt = DateTime.UtcNow });
            admin.LastSignInAt = DateTime.UtcNow;
            admin.AccessFailedCount++;
            await db.SaveChangesAsync();
        }

        var signedIn = await StampsAsync(app);
        await using (app.NewContext(out var db))
        {
            (await db.Regions.SingleAsync(r => r.Code == "08")).RankingPublishedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        first.Keys.Should().BeEquivalentTo(DataStamp.Regions.Append(DataStamp.Shared));
        Changed(first, submitted).Should().Equal(["08"], "Wanchaq (080108) is in Cusco, and its evidence file goes with its submission");
        Changed(submitted, holiday).Should().Equal([DataStamp.Shared], "a holiday names no region");
        Changed(holiday, signedIn).Should().BeEmpty("no kept page shows sessions or an administrator's sign-in bookkeeping");
        Changed(signedIn, await StampsAsync(app)).Should().Equal(["08"], "a region's own code names it");
    }

    [Fact]
    public async Task A_role_change_drops_the_notifications_the_new_territory_does_not_cover_and_renews_both_regions()
    {
        await using var app = await AuditLoopTests.Start(DatabaseProvider.Sqlite, postgres);
        var manager = await app.Query(db => db.Users.SingleAsync(u => u.Email == "seguridad@wanchaq.demo.pe"));
        await using (app.NewContext(out var db))
        {
            db.Regions.Add(new Region("15", "Lima"));
            db.Notifications.AddRange(Notice(manager.Id, "080108"), Notice(manager.Id, "150101"));
            await db.SaveChangesAsync();
        }

        var before = await StampsAsync(app);
        await app.SendAsAdmin(new AssignRole(manager.Id, Roles.RegionalSecretariat, "15", null));

        (await app.Query(db => db.Notifications.Where(n => n.UserId == manager.Id).Select(n => n.Ubigeo).ToListAsync())).Should().Equal("150101");
        Changed(before, await StampsAsync(app)).Should().Equal(["08", "15"]);
    }

    private static Notification Notice(string userId, string ubigeo) => new()
    {
        UserId = userId, Key = $"prueba-{ubigeo}", Ubigeo = ubigeo, Title = "Aviso", Message = "Aviso de prueba.", Link = "/", CreatedAt = DateTime.UtcNow,
    };

    private static Task<Dictionary<string, long>> StampsAsync(AppServices app) =>
        app.Query(db => db.DataStamps.ToDictionaryAsync(s => s.Scope, s => s.Value, StringComparer.Ordinal));

    private static List<string> Changed(Dictionary<string, long> before, Dictionary<string, long> after) =>
        [.. after.Where(a => before[a.Key] != a.Value).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
