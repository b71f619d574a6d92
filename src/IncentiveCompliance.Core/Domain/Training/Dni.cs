namespace IncentiveCompliance.Core.Domain.Training;

/// <summary>Peru's national identity number: 8 digits. Personal data (Ley 29733): shown masked outside the secretariat.</summary>
public static class Dni
{
    public const string Pattern = "^[0-9]{8}$";

    public static bool IsValid(string? dni) => dni is { Length: 8 } && dni.All(char.IsAsciiDigit);

    /// <summary>"4****678": enough to tell two people apart in a log or a trail, not enough to identify them.</summary>
    public static string Masked(string dni) => dni.Length == 8 ? $"{dni[0]}****{dni[5..]}" : "********";
}
