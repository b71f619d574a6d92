using System.Diagnostics.Metrics;

namespace IncentiveCompliance.Core.Common.Telemetry;

/// <summary>
/// The product's own meter and every instrument in it, in one place (docs/operations.md, «Observabilidad»): background
/// jobs by kind (the request's type name), budget import rows and durations, and report print times. The web host
/// exports the meter at <c>/metrics</c>; without a listener recording costs nothing.
/// </summary>
public static class AppMetrics
{
    public const string MeterName = "IncentiveCompliance";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> JobsStarted = Meter.CreateCounter<long>("ic.jobs.started", "{job}", "Background jobs started, by kind.");
    private static readonly Counter<long> JobsSucceeded = Meter.CreateCounter<long>("ic.jobs.succeeded", "{job}", "Background jobs that ended without an error, by kind.");
    private static readonly Counter<long> JobsFailed = Meter.CreateCounter<long>("ic.jobs.failed", "{job}", "Background job attempts that ended with an error, by kind and whether it was transient.");
    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("ic.jobs.duration", "s", "How long a background job attempt ran, by kind and outcome.");
    private static readonly Counter<long> WorkFailed = Meter.CreateCounter<long>("ic.work.failed", "{work}", "Tracked work (import, report) ended as failed for good, by kind.");
    private static readonly Counter<long> ImportRows = Meter.CreateCounter<long>("ic.budget_import.rows", "{row}", "Rows of the MEF budget file read by finished imports.");
    private static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>("ic.budget_import.duration", "s", "How long a finished budget import took, read and replace.");
    private static readonly Counter<long> KeptPages = Meter.CreateCounter<long>("ic.page_cache.requests", "{request}", "Requests for a page the node may keep for its user, by whether the kept page answered (hit) or the page was rendered (miss).");
    private static readonly Histogram<double> ReportDuration = Meter.CreateHistogram<double>("ic.report.duration", "s", "How long a compliance report took to build, print and archive.");

    public static void JobStarted(string kind) => JobsStarted.Add(1, Kind(kind));

    public static void JobEnded(string kind, TimeSpan elapsed, bool failed, bool transient)
    {
        if (failed)
        {
            JobsFailed.Add(1, Kind(kind), new KeyValuePair<string, object?>("transient", transient));
        }
        else
        {
            JobsSucceeded.Add(1, Kind(kind));
        }

        JobDuration.Record(elapsed.TotalSeconds, Kind(kind), new KeyValuePair<string, object?>("outcome", failed ? "failed" : "succeeded"));
    }

    public static void WorkFailedForGood(string kind) => WorkFailed.Add(1, Kind(kind));

    /// <summary>Rows per second is the rows counter's rate, or rows over duration for one import.</summary>
    public static void ImportFinished(long rowsRead, TimeSpan elapsed)
    {
        ImportRows.Add(rowsRead);
        ImportDuration.Record(elapsed.TotalSeconds);
    }

    public static void ReportPrinted(TimeSpan elapsed) => ReportDuration.Record(elapsed.TotalSeconds);

    /// <summary>A request for a page a node may keep (docs/decisions/0018): answered from the kept copy, or rendered.</summary>
    public static void PageAnswered(bool kept) => KeptPages.Add(1, new KeyValuePair<string, object?>("outcome", kept ? "hit" : "miss"));

    private static KeyValuePair<string, object?> Kind(string kind) => new("kind", kind);
}
