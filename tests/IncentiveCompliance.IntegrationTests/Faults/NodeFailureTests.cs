using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Jobs;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Faults;

/// <summary>Two nodes on one PostgreSQL, one of them killed as a crash or a power cut would: the other carries on.</summary>
public sealed class NodeFailureTests(PostgresServer postgres, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_killed_under_load_leaves_the_other_serving_and_every_acknowledged_submission_stored_once()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: true);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after every node
        await SubmissionLoad.PrepareAsync(database);
        await using var survivor = await AppProcess.StartAsync(database);
        await using var victim = await AppProcess.StartAsync(database);
        var load = await SubmissionLoad.OnAsync(survivor, victim);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(writersPerNode: 2, stop.Token);
        (await Eventually.HoldsAsync(() => load.Of(0).Succeeded >= 20 && load.Of(1).Succeeded >= 20, Patience))
            .Should().BeTrue(survivor.Output + victim.Output);

        victim.Kill();
        var servedBeforeKill = load.Of(0).Succeeded;
        var victimServed = load.Of(1).Succeeded;
        (await Eventually.HoldsAsync(() => load.Of(0).Succeeded >= servedBeforeKill + 40, Patience)).Should().BeTrue(survivor.Output);
        await stop.CancelAsync();
        await running;

        load.Of(0).Failed.Should().Be(0, $"the survivor answers every request ({load.Of(0).FirstFailure})");
        await using var check = await AppServices.StartAsync(database, demo: false);
        (await load.NotStoredOnceAsync(check)).Should().BeEmpty("every acknowledged submission is stored once, none lost or doubled");
        output.WriteLine($"Survivor answered {load.Of(0).Succeeded} requests, {load.Of(0).Succeeded - servedBeforeKill} after the kill, none failed; " +
            $"the killed node answered {victimServed} before it; {load.Acknowledged.Count} submissions acknowledged, each stored once.");
    }
}
