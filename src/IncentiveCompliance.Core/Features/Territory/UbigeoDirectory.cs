using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Domain.Territory;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>One district of INEI's ubigeo directory.</summary>
public sealed record UbigeoEntry(string Ubigeo, string Department, string Province, string District);

/// <summary>
/// Reads INEI's ubigeo directory (';'-separated, header on row 1, UTF-8 with or without BOM, Latin-1 accepted).
/// Columns are found by name; only departamento, provincia, distrito and ubigeo are used.
/// Every problem is collected with its row number, and any problem rejects the whole file.
/// </summary>
public static class UbigeoDirectory
{
    private static readonly string[] Required = ["departamento", "provincia", "distrito", "ubigeo"];

    public static IReadOnlyList<UbigeoEntry> Parse(byte[] content)
    {
        var errors = new List<RowError>();
        using var reader = new StringReader(LegacyText.Decode(content));
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            BadDataFound = args => errors.Add(new RowError(args.Context.Parser!.Row, "comillas mal cerradas")),
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, config);
        var entries = Rows(csv, Header(csv), errors);
        if (errors.Count > 0)
        {
            throw new RowErrorsException(errors);
        }

        if (entries.Count == 0)
        {
            throw new RowErrorsException([new RowError(2, "el archivo no tiene distritos")]);
        }

        return entries;
    }

    /// <summary>The column names in lower case; a file without a header, or without a column it needs, is refused.</summary>
    private static List<string> Header(CsvReader csv)
    {
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new RowErrorsException([new RowError(1, "el archivo está vacío")]);
        }

        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new RowErrorsException([new RowError(1, $"faltan las columnas: {string.Join(", ", missing)}")]);
        }

        return header;
    }

    /// <summary>The districts that pass their checks; a row that does not goes to <paramref name="errors"/> with its number.</summary>
    private static List<UbigeoEntry> Rows(CsvReader csv, List<string> header, List<RowError> errors)
    {
        var index = Required.ToDictionary(r => r, r => header.IndexOf(r), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<UbigeoEntry>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
            {
                continue; // blank line
            }

            if (csv.Parser.Count != header.Count)
            {
                errors.Add(new RowError(row, $"tiene {csv.Parser.Count} columnas y la cabecera {header.Count}"));
                continue;
            }

            var entry = new UbigeoEntry(
                Field(csv, index["ubigeo"]),
                Field(csv, index["departamento"]),
                Field(csv, index["provincia"]),
                Field(csv, index["distrito"]));
            var problem = Check(entry, seen);
            if (problem is null)
            {
                seen[entry.Ubigeo] = row;
                entries.Add(entry);
            }
            else
            {
                errors.Add(new RowError(row, problem));
            }
        }

        return entries;
    }

    private static string Field(CsvReader csv, int i) => csv.Parser[i].Trim();

    private static string? Check(UbigeoEntry e, Dictionary<string, int> seen)
    {
        if (!Ubigeo.IsDistrict(e.Ubigeo))
        {
            return $"el ubigeo «{e.Ubigeo}» no tiene 6 dígitos";
        }

        if (e.Department.Length is 0 or > 100 || e.Province.Length is 0 or > 100 || e.District.Length is 0 or > 150)
        {
            return "departamento, provincia y distrito son obligatorios (hasta 100, 100 y 150 caracteres)";
        }

        return seen.TryGetValue(e.Ubigeo, out var first) ? $"el ubigeo {e.Ubigeo} ya apareció en la fila {first}" : null;
    }

    /// <summary>A department's name as its first row gives it.</summary>
    public static IReadOnlyDictionary<string, string> RegionNames(IEnumerable<UbigeoEntry> entries) =>
        entries.GroupBy(e => Ubigeo.RegionOf(e.Ubigeo), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Department, StringComparer.Ordinal);

    /// <summary>
    /// A province's name as its capital district's row gives it (INEI's own file names one district's
    /// province differently, 061306), or its first row's when the capital is missing.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ProvinceNames(IEnumerable<UbigeoEntry> entries) =>
        entries.GroupBy(e => Ubigeo.ProvinceOf(e.Ubigeo), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(e => Ubigeo.KindOf(e.Ubigeo) == MunicipalityKind.Provincial) ?? g.First()).Province, StringComparer.Ordinal);
}
