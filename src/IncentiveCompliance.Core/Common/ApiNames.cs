using System.Text.Json;

namespace IncentiveCompliance.Core.Common;

/// <summary>How enum values are written in the API and exports: snake_case ("not_submitted", "on_track").</summary>
public static class ApiNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
