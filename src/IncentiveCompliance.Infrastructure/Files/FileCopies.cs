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

    /// <summary>Files copied, their bytes, and (in a backup) files deleted between the listing and their copy.</summary>
    public sealed record Summary(int Files, long Bytes, int Gone = 0);

    public static async Task<Summary> BackupAsync(IFileStore store, string folder, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"La carpeta {folder} no está vacía: indique una carpeta nueva para la copia.");
        }

        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, ManifestName);
        await using var lines = new StreamWriter(manifest + ".part") { NewLine = "\n" };
        var (count, bytes, gone) = (0, 0L, 0);
        await foreach (var key in store.ListAsync(cancellationToken))
        {
            if (await CopyOutAsync(store, key, folder, lines, cancellationToken) is { } size)
            {
                (count, bytes) = (count + 1, bytes + size);
            }
            else
            {
                gone++;
            }
        }

        await lines.DisposeAsync();
        File.Move(manifest + ".part", manifest); // the manifest appears only once every file is copied
        return new Summary(count, bytes, gone);
    }

    /// <summary>
    /// One stored file into the copy, and its manifest line; its size, or null when it was deleted after it was listed (the
    /// application runs meanwhile: a replaced draft, an import's upload), which no row names any longer.
    /// </summary>
    private static async Task<long?> CopyOutAsync(IFileStore store, string key, string folder, StreamWriter manifest, CancellationToken cancellationToken)
    {
        Stream content;
        try
        {
            content = await store.OpenAsync(key, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        var path = PathIn(folder, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (content)
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

            await manifest.WriteLineAsync($"{Convert.ToHexStringLower(sha.GetHashAndReset())}  {FilesFolder}/{key}");
            return file.Length;
        }
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
            if (restored.Sha256 != sha256)
            {
                throw new IOException($"El almacenamiento guardó «{key}» con otro SHA-256 que el del manifiesto: revise el almacenamiento y repita la restauración.");
            }

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
