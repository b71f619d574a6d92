namespace IncentiveCompliance.Core.Common.Files;

/// <summary>
/// Where the product keeps files, outside the web root and the database: evidence a municipality uploads, budget files
/// waiting to be imported and the PDF reports it prints (a folder under IC_DATA_DIR, or an S3-compatible object store: <c>Storage:Provider</c>).
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content, refusing more than <paramref name="maxBytes"/> (413); returns its key, size, SHA-256 and the type its content shows.</summary>
    Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    Task<Stream> OpenAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key);

    /// <summary>Every stored file's key, for a copy of the whole store (<c>files backup</c>).</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken cancellationToken);

    /// <summary>Puts a copied file back under its own key (<c>files restore</c>), whole or not at all; returns its size and SHA-256.</summary>
    Task<StoredFile> RestoreAsync(string key, Stream content, CancellationToken cancellationToken);
}

public sealed record StoredFile(string Key, long Size, string Sha256, EvidenceType? Type);
