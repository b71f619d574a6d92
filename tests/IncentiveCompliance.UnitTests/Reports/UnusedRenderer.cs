using IncentiveCompliance.Core.Common.Documents;

namespace IncentiveCompliance.UnitTests.Reports;

/// <summary>For tests of the HTML alone: printing is not expected.</summary>
internal sealed class UnusedRenderer : IPdfRenderer
{
    public Task<byte[]> RenderAsync(string html, bool landscape, CancellationToken cancellationToken, string? footer = null) =>
        throw new InvalidOperationException("This test does not print.");
}
