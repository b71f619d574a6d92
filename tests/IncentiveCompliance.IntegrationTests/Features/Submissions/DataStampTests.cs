using FluentAssertions;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Features.Calendar;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Submissions;

/// <summary>
/// The data stamps that tell a node whether a page it kept is still current (docs/decisions/0018): a change renews the
/// row of the region it names, an evidence file the row of its submission's region, what names no region the shared row,
/// and a session nothing.
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
            db.Sessions.Add(new UserSession { UserId = await db.Users.Select(u => u.Id).FirstAsync(), StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        first.Keys.Should().BeEquivalentTo(DataStamp.Regions.Append(DataStamp.Shared));
        Changed(first, submitted).Should().Equal(["08"], "Wanchaq (080108) is in Cusco, and its evidence file goes with its submission");
        Changed(submitted, holiday).Should().Equal([DataStamp.Shared], "a holiday names no region");
        Changed(holiday, await StampsAsync(app)).Should().BeEmpty("no kept page shows sessions");
    }

    private static Task<Dictionary<string, long>> StampsAsync(AppServices app) =>
        app.Query(db => db.DataStamps.ToDictionaryAsync(s => s.Scope, s => s.Value, StringComparer.Ordinal));

    private static List<string> Changed(Dictionary<string, long> before, Dictionary<string, long> after) =>
        [.. after.Where(a => before[a.Key] != a.Value).Select(a => a.Key).Order(StringComparer.Ordinal)];
}
