using System.Security.Cryptography;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.Infrastructure.Files;

/// <summary>
/// Evidence in <c>$IC_DATA_DIR/evidence/yyyy/MM/&lt;guid&gt;</c>, outside the web root. A file is written under a
/// temporary name while it is hashed and measured, and kept only once it is whole and within the limit.
/// </summary>
internal sealed class FileSystemEvidenceStore(DatabaseSettings settings, TimeProvider clock) : IEvidenceStore
{
    private string Root => Path.Combine(settings.DataDirectory, "evidence");

    public async Task<StoredEvidence> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            EvidenceType? type;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw new PayloadTooLargeException(maxBytes);
                    }

                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                type = EvidenceType.Detect(file);
            }

            File.Move(partial, path);
            return new StoredEvidence(key, size, Convert.ToHexStringLower(sha.GetHashAndReset()), type);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public Task<Stream> OpenAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    public Task DeleteAsync(string key)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        return path.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException("Clave de almacenamiento fuera de la carpeta de evidencias.");
    }
}
