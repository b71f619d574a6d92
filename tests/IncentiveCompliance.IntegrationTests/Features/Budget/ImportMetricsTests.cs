using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Features.Budget;

/// <summary>A finished import records its rows and duration on the product's meter; one that fails for good counts as failed work.</summary>
public sealed class ImportMetricsTests(PostgresServer postgres)
{
    [Fact]
    public async Task An_import_records_its_rows_and_duration_and_a_bad_file_counts_as_failed_work()
    {
        using var measurements = new Measurements();
        await using var app = await AppServices.CreateAsync(DatabaseProvider.Sqlite, postgres, demo: true);
        var rows = BudgetImportTests.SampleRows();

        (await BudgetImportTests.ImportAsync(app, TestUsers.CuscoSecretariat, BudgetImportTests.File(rows))).Status.Should().Be(JobStatus.Succeeded);
        rows.Insert(5, BudgetImportTests.Row(TestUsers.Wanchaq, 3, devengado: "1.234,50"));
        (await BudgetImportTests.ImportAsync(app, TestUsers.CuscoSecretariat, BudgetImportTests.File(rows))).Status.Should().Be(JobStatus.Failed);

        // The meter is process-wide: other tests' imports may add their own measurements beside these.
        measurements.Of("ic.budget_import.rows").Should().Contain(rows.Count - 1);
        measurements.Of("ic.budget_import.duration").Should().NotBeEmpty().And.OnlyContain(seconds => seconds >= 0);
        measurements.Tagged("ic.work.failed", "RunBudgetImport").Should().NotBeEmpty();
    }

    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentQueue<(string Name, double Value, string? Kind)> seen = new();

        public Measurements()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AppMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Add(i, value, tags));
            listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Add(i, value, tags));
            listener.Start();
        }

        public IEnumerable<double> Of(string name) => seen.Where(m => m.Name == name).Select(m => m.Value);

        public IEnumerable<double> Tagged(string name, string kind) => seen.Where(m => m.Name == name && m.Kind == kind).Select(m => m.Value);

        public void Dispose() => listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? kind = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "kind")
                {
                    kind = tag.Value as string;
                }
            }

            seen.Enqueue((instrument.Name, value, kind));
        }
    }
}
