namespace IncentiveCompliance.Core.Common.Security;

/// <summary>Where the current request comes from (the client address a trusted proxy forwards, and the browser), for the audit trail.</summary>
public sealed class RequestOrigin
{
    public string? Address { get; private set; }

    public string? Browser { get; private set; }

    public void Set(string? address, string? browser) =>
        (Address, Browser) = (address, browser is { Length: > 300 } ? browser[..300] : browser);
}
