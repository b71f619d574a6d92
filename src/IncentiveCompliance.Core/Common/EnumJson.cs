using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncentiveCompliance.Core.Common;

/// <summary>
/// The one name an enum value has outside the process: snake_case ("not_submitted", "on_track"), or the name a member
/// declares with <see cref="JsonStringEnumMemberNameAttribute"/>. The API's JSON and the audit trail's snapshots are
/// written through <see cref="Converter"/>; exports write a cell, forms offer a choice and requests read a word by the
/// same converter, so no other code spells these names.
/// </summary>
public static class EnumJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { Converter() } };
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static JsonStringEnumConverter Converter() => new(JsonNamingPolicy.SnakeCaseLower);

    /// <summary>The value's name, as the JSON writes it.</summary>
    public static string Name(Enum value) =>
        Names.GetOrAdd(value, v => JsonSerializer.SerializeToElement(v, v.GetType(), Options).GetString()!);

    /// <summary>The value written exactly <paramref name="name"/>; null for any other text.</summary>
    public static T? Parse<T>(string? name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Name(v!.Value) == name);
}
