using System.Globalization;
using System.Security.Cryptography;
using IncentiveCompliance.Core.Common.Files;

namespace IncentiveCompliance.Infrastructure.Files;

/// <summary>
/// The operator's copy of a file store, whichever it is (<c>files backup FOLDER</c>, <c>files restore FOLDER</c>):
/// every stored file under <c>FOLDER/files/&lt;key&gt;</c> and a manifest <c>FOLDER/SHA256SUMS</c> in the format of
/// <c>sha256sum</c> (so <c>cd FOLDER &amp;&amp; sha256sum -c SHA256SUMS</c> checks the copy). Files stream one at a time; a
/// restore checks each file against the manifest before it puts it back under its own key.
/// </summary>
public static class FileCopies
{
    public const string ManifestName = "SHA256SUMS";

    private const string FilesFolder = "files";

    public sealed record Summary(int Files, long Bytes);

    public static async Task<Summary> BackupAsync(IFileStore store, string folder, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"La carpeta {folder} no está vacía: indique una carpeta nueva para la copia.");
        }

        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, ManifestName);
        await using var lines = new StreamWriter(manifest + ".part") { NewLine = "\n" };
        var (count, bytes) = (0, 0L);
        await foreach (var key in store.ListAsync(cancellationToken))
        {
            var path = PathIn(folder, key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var content = await store.OpenAsync(key, cancellationToken))
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await lines.WriteLineAsync($"{Convert.ToHexStringLower(sha.GetHashAndReset())}  {FilesFolder}/{key}");
                (count, bytes) = (count + 1, bytes + file.Length);
            }
        }

        await lines.DisposeAsync();
        File.Move(manifest + ".part", manifest); // the manifest appears only once every file is copied
        return new Summary(count, bytes);
    }

    public static async Task<Summary> RestoreAsync(IFileStore store, string folder, CancellationToken cancellationToken)
    {
        var manifest = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifest))
        {
            throw new IOException($"No hay una copia completa en {folder}: falta {ManifestName}.");
        }

        var (count, bytes) = (0, 0L);
        foreach (var line in await File.ReadAllLinesAsync(manifest, cancellationToken))
        {
            var (sha256, key) = Entry(line);
            var path = PathIn(folder, key);
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            if (Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken)) != sha256)
            {
                throw new IOException($"{path} no coincide con su SHA-256 en {ManifestName}: la copia está dañada; no se restauró ese archivo ni los siguientes.");
            }

            file.Position = 0;
            var restored = await store.RestoreAsync(key, file, cancellationToken);
            (count, bytes) = (count + 1, bytes + restored.Size);
        }

        return new Summary(count, bytes);
    }

    /// <summary>A manifest line «&lt;sha256&gt;  files/&lt;key&gt;».</summary>
    private static (string Sha256, string Key) Entry(string line)
    {
        var parts = line.Split("  ", 2);
        return parts is [{ Length: 64 } sha, var name] && name.StartsWith(FilesFolder + "/", StringComparison.Ordinal)
            ? (sha, name[(FilesFolder.Length + 1)..])
            : throw new IOException(string.Create(CultureInfo.InvariantCulture, $"Línea de {ManifestName} no válida: «{line}»."));
    }

    private static string PathIn(string folder, string key)
    {
        var root = Path.GetFullPath(Path.Combine(folder, FilesFolder));
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new IOException($"La clave «{key}» sale de la carpeta de la copia.");
    }
}
