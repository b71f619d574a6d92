using System.Security.Cryptography;
using System.Text;
using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.Infrastructure.Migrations;

/// <summary>One versioned schema script, <c>migrations/&lt;provider&gt;/NNNN_name.sql</c>, embedded in this assembly.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.PostgreSql ? "migrations/postgres/" : "migrations/sqlite/";
        var assembly = typeof(MigrationScript).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = Path.GetFileNameWithoutExtension(n[folder.Length..]);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new MigrationScript(int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? scripts : throw new InvalidOperationException($"Two migration scripts share version {duplicate.Key}.");
    }
}
