using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Features.Transparency;

/// <summary>The regions whose ranking is published, for anyone (no sign-in).</summary>
[Anonymous]
public sealed record ListPublishedRegions : IRequest<IReadOnlyList<PublishedRegion>>;

internal sealed class ListPublishedRegionsHandler(PublicRankings rankings) : IRequestHandler<ListPublishedRegions, IReadOnlyList<PublishedRegion>>
{
    public async Task<IReadOnlyList<PublishedRegion>> Handle(ListPublishedRegions request, CancellationToken cancellationToken) =>
        await rankings.PublishedAsync(cancellationToken) ?? [];
}
