using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace IncentiveCompliance.UnitTests.Migrations;

/// <summary>
/// What SQL Server refuses although its script parses; no SQL Server runs here, so the model is checked against its rules
/// (a real server runs the integration tests when IC_SQLSERVER is set).
/// </summary>
public sealed partial class SqlServerModelTests
{
    // Bytes an index key may hold: 900 for a clustered one (primary keys are), 1,700 for the others.
    private const int ClusteredKeyBytes = 900;
    private const int KeyBytes = 1700;

    private static readonly IRelationalModel Model = ReadModel();

    [Fact]
    public void Every_key_and_index_fits_in_an_index_key()
    {
        var problems = Model.Tables.SelectMany(table =>
            new[] { (Name: table.PrimaryKey?.Name, Columns: table.PrimaryKey?.Columns, Limit: ClusteredKeyBytes) }
                .Concat(table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()).Select(u => (Name: (string?)u.Name, Columns: (IReadOnlyList<IColumn>?)u.Columns, Limit: KeyBytes)))
                .Concat(table.Indexes.Select(i => (Name: (string?)i.Name, Columns: (IReadOnlyList<IColumn>?)i.Columns, Limit: KeyBytes)))
                .Where(key => key.Columns is not null)
                .Select(key => (key.Name, key.Columns, key.Limit, Bytes: key.Columns!.Sum(c => Bytes(c.StoreType))))
                .Where(key => key.Bytes > key.Limit)
                .Select(key => $"{table.Name}.{key.Name} ({string.Join(", ", key.Columns!.Select(c => $"{c.Name} {c.StoreType}"))}): " +
                    (key.Bytes == int.MaxValue ? "a (max) column cannot be a key column" : $"{key.Bytes} bytes, over {key.Limit}")));

        problems.Should().BeEmpty("give every string in a key or index a maximum length (HasMaxLength)");
    }

    [Fact]
    public void Every_foreign_key_column_has_the_type_of_the_column_it_references()
    {
        var mismatches = Model.Tables.SelectMany(t => t.ForeignKeyConstraints)
            .SelectMany(fk => fk.Columns.Zip(fk.PrincipalColumns, (column, principal) => (fk, column, principal)))
            .Where(pair => pair.column.StoreType != pair.principal.StoreType)
            .Select(pair => $"{pair.fk.Name}: {pair.column.Table.Name}.{pair.column.Name} {pair.column.StoreType} → {pair.principal.Table.Name}.{pair.principal.Name} {pair.principal.StoreType}");

        mismatches.Should().BeEmpty("SQL Server refuses a foreign key whose columns differ in length or scale (error 1753): drop the foreign key's own HasMaxLength");
    }

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths()
    {
        var cascades = Model.Tables.SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .ToLookup(fk => fk.PrincipalTable, fk => fk.Table);
        var problems = new List<string>();
        foreach (var start in Model.Tables)
        {
            var reached = new HashSet<ITable>();
            var pending = new Stack<ITable>(cascades[start]);
            while (pending.TryPop(out var table))
            {
                if (table == start || !reached.Add(table))
                {
                    problems.Add($"{start.Name} reaches {table.Name} by more than one cascade path");
                    continue;
                }

                foreach (var next in cascades[table])
                {
                    pending.Push(next);
                }
            }
        }

        problems.Should().BeEmpty("SQL Server refuses a foreign key that opens a second cascade path or a cycle: make one of them Restrict");
    }

    [Fact]
    public void Every_decimal_has_an_explicit_precision()
    {
        var implicitDecimals = Model.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(decimal) && p.GetPrecision() is null)
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}");

        implicitDecimals.Should().BeEmpty("SQL Server would truncate to decimal(18,2) silently: say HasPrecision");
    }

    private static IRelationalModel ReadModel()
    {
        using var db = DesignTimeContextFactory.Create(DatabaseProvider.SqlServer);
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
    }

    /// <summary>The most bytes a value of the store type takes in an index key; int.MaxValue for (max) types.</summary>
    private static int Bytes(string storeType)
    {
        var match = StoreType().Match(storeType);
        var name = match.Groups["name"].Value;
        var length = match.Groups["length"].Value;
        if (length == "max")
        {
            return int.MaxValue;
        }

        var size = length.Length > 0 ? int.Parse(length, CultureInfo.InvariantCulture) : 1;
        return name switch
        {
            "nvarchar" or "nchar" => 2 * size,
            "varchar" or "char" or "varbinary" or "binary" => size,
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "date" => 3,
            "int" or "real" or "smalldatetime" => 4,
            "bigint" or "float" or "datetime" or "datetime2" or "money" => 8,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            "decimal" or "numeric" => size switch { <= 9 => 5, <= 19 => 9, <= 28 => 13, _ => 17 },
            _ => throw new InvalidOperationException($"No key size known for {storeType}: add it here."),
        };
    }

    [GeneratedRegex(@"^(?<name>[a-z0-9]+)(\((?<length>max|\d+)(,\d+)?\))?$")]
    private static partial Regex StoreType();
}
