using System.Diagnostics;

namespace IncentiveCompliance.Web.Observability;

/// <summary>
/// The trace id an error shows (problem details' <c>traceId</c>, the error page): the W3C trace id that the log lines'
/// <c>TraceId</c> scope and the exported traces carry, so one search finds them all.
/// </summary>
public static class TraceIds
{
    public static string Of(HttpContext context) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : context.TraceIdentifier;
}
