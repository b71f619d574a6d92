using FluentAssertions;
using Hangfire;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Jobs;
using IncentiveCompliance.Infrastructure.Notifications;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.Infrastructure.Security;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Hosting;

/// <summary>Settings are bound to options classes, keep their documented keys and defaults, and a bad value stops the start.</summary>
public sealed class SettingsTests(PostgresServer postgres)
{
    [Fact]
    public async Task Without_settings_every_value_is_the_documented_default()
    {
        await using var app = await AppServices.CreateAsync(DatabaseProvider.Sqlite, postgres);
        var sp = app.Root;

        sp.Setting<JobOptions>().Should().BeEquivalentTo(new
        {
            RunServer = false, // the test node's own setting
            Workers = 2,
            ImportWorkers = 1,
            PollIntervalSeconds = 2.0,
            InvisibilityTimeoutSeconds = 60.0,
            ShutdownTimeoutSeconds = 15.0,
            QueuedPerRegion = 3,
        });
        sp.Setting<SignInLimits>().Should().BeEquivalentTo(new { PerAddressPerMinute = 10, FailuresPerAccount = 100, AccountPauseMinutes = 15 });
        sp.Setting<SmtpOptions>().Should().BeEquivalentTo(new { Host = (string?)null, Port = 25, EnableSsl = false, From = "no-responder@incentive-compliance.pe" });
        sp.GetRequiredService<BudgetPace>().Share.Should().Be(1m);
        sp.GetRequiredService<BudgetUploads>().KeepFailedDays.Should().Be(7);
        sp.GetRequiredService<DeadlineAlerts>().WorkingDays.Should().Be(5);
        sp.GetRequiredService<RegionWorkLimit>().PerRegion.Should().Be(3);
        sp.GetRequiredService<DemoMode>().Enabled.Should().BeFalse();
    }

    [Fact]
    public async Task Each_setting_reaches_the_service_that_uses_it()
    {
        await using var app = await AppServices.CreateAsync(DatabaseProvider.Sqlite, postgres, demo: true, settings: new Dictionary<string, string?>
        {
            ["Budget:ExpectedPaceShare"] = "0.5",
            ["Budget:KeepFailedUploadsDays"] = "9",
            ["Alerts:WorkingDays"] = "11",
            ["Jobs:QueuedPerRegion"] = "4",
            ["SignIn:FailuresPerAccount"] = "6",
            ["SignIn:AccountPauseMinutes"] = "20",
        });
        var sp = app.Root;

        sp.GetRequiredService<BudgetPace>().Share.Should().Be(0.5m);
        sp.GetRequiredService<BudgetUploads>().KeepFailedDays.Should().Be(9);
        sp.GetRequiredService<DeadlineAlerts>().WorkingDays.Should().Be(11);
        sp.GetRequiredService<RegionWorkLimit>().PerRegion.Should().Be(4);
        sp.GetRequiredService<DemoMode>().Enabled.Should().BeTrue();
        var lockout = sp.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout;
        lockout.MaxFailedAccessAttempts.Should().Be(6);
        lockout.DefaultLockoutTimeSpan.Should().Be(TimeSpan.FromMinutes(20));
    }

    [Fact]
    public async Task Values_out_of_range_stop_the_start_naming_every_key()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.Sqlite, postgres, demo: false);

        var start = () => AppServices.StartAsync(database, demo: false, ownsDatabase: true, settings: new Dictionary<string, string?>
        {
            ["Jobs:Workers"] = "0",
            ["Budget:KeepFailedUploadsDays"] = "-1",
            ["Smtp:Port"] = "70000",
        });

        var refused = await Record.ExceptionAsync(start);
        var failures = refused is AggregateException all
            ? all.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures)
            : refused.Should().BeOfType<OptionsValidationException>().Subject.Failures;
        failures.Should().BeEquivalentTo(
            "Jobs:Workers debe ser un entero entre 1 y 100.",
            "Budget:KeepFailedUploadsDays debe ser un entero entre 1 y 3650.",
            "Smtp:Port debe ser un puerto entre 1 y 65535.");
        await database.DeleteAsync();
    }

    [Fact]
    public async Task The_web_host_in_a_test_runs_no_job_server()
    {
        await using var factory = await AppFactory.CreateAsync(DatabaseProvider.Sqlite, postgres);
        using var client = factory.CreateClient();

        factory.Services.Setting<JobOptions>().RunServer.Should().BeFalse();
        factory.Services.GetServices<IHostedService>().Should().NotContain(s => s is BackgroundJobServerHostedService);
    }

    [Fact]
    public async Task The_application_stops_at_start_with_one_sentence_per_bad_value()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.Sqlite, postgres, demo: true);

        var (exitCode, output) = await AppProcess.RunUntilExitAsync(database, TimeSpan.FromSeconds(120),
            new Dictionary<string, string?> { ["Jobs:Workers"] = "0", ["Auth:TokenLifetimeMinutes"] = "0" });

        exitCode.Should().Be(1, output);
        output.Should().Contain("La configuración no es válida: ")
            .And.Contain("Jobs:Workers debe ser un entero entre 1 y 100.")
            .And.Contain("Auth:TokenLifetimeMinutes debe ser un entero entre 1 y 10080.")
            .And.NotContain("   at ", "a bad setting is explained, not dumped as a stack trace");
        await database.DeleteAsync();
    }
}
