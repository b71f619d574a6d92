using System.Security.Cryptography;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.Infrastructure.Files;

/// <summary>
/// Files in <c>$IC_DATA_DIR/files/yyyy/MM/&lt;guid&gt;</c>, outside the web root. A file is written under a temporary
/// name while it is hashed and measured, and kept only once it is whole and within the limit. A data folder from before
/// the store had this name keeps its files in <c>evidence/</c>; the first use moves that folder to <c>files/</c>.
/// </summary>
internal sealed class FolderFileStore(DatabaseSettings settings, TimeProvider clock) : IFileStore
{
    /// <summary>A file being written, not yet kept.</summary>
    private const string PartialSuffix = ".part";

    private readonly Lazy<string> root = new(() => RootIn(settings.DataDirectory));

    private string Root => root.Value;

    private static string RootIn(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "files");
        var legacy = Path.Combine(dataDirectory, "evidence");
        if (!Directory.Exists(folder) && Directory.Exists(legacy))
        {
            Directory.Move(legacy, folder);
        }

        return folder;
    }

    public Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return WriteAsync($"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}", content, maxBytes, cancellationToken);
    }

    public Task<StoredFile> RestoreAsync(string key, Stream content, CancellationToken cancellationToken) =>
        WriteAsync(key, content, long.MaxValue, cancellationToken);

    public IAsyncEnumerable<string> ListAsync(CancellationToken cancellationToken) =>
        (Directory.Exists(Root) ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories) : [])
            .Where(p => !p.EndsWith(PartialSuffix, StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .ToAsyncEnumerable();

    private async Task<StoredFile> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + PartialSuffix;
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

            File.Move(partial, path, overwrite: true); // a restore may put a file back twice
            return new StoredFile(key, size, Convert.ToHexStringLower(sha.GetHashAndReset()), type);
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
            : throw new InvalidOperationException("Clave de almacenamiento fuera de la carpeta de archivos.");
    }
}
