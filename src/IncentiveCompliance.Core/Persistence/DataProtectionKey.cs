namespace IncentiveCompliance.Core.Persistence;

/// <summary>An ASP.NET Core Data Protection key, kept in the database so every application node signs cookies and tokens alike.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
