namespace IncentiveCompliance.Core.Common.Files;

/// <summary>Where evidence files live, outside the web root (a folder under IC_DATA_DIR today; object storage later).</summary>
public interface IEvidenceStore
{
    /// <summary>Stores the content, refusing more than <paramref name="maxBytes"/> (413); returns its key, size, SHA-256 and the type its content shows.</summary>
    Task<StoredEvidence> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    Task<Stream> OpenAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key);
}

public sealed record StoredEvidence(string Key, long Size, string Sha256, EvidenceType? Type);
