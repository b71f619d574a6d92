namespace IncentiveCompliance.Core.Domain.Submissions;

/// <summary>A stored evidence file: its type as found in its content, its size and SHA-256, and where storage keeps it.</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubmissionId { get; private set; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required string Sha256 { get; init; }

    public required string StorageKey { get; init; }
}
