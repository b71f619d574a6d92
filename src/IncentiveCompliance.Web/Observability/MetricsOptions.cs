using System.ComponentModel.DataAnnotations;
using System.Net;

namespace IncentiveCompliance.Web.Observability;

/// <summary>
/// Section <c>Metrics</c>: the networks (CIDR) whose connections may read <c>/metrics</c>; with none configured, loopback
/// only (127.0.0.0/8 and ::1). Anyone else gets a 404, so the address does not advertise itself.
/// </summary>
public sealed class MetricsOptions : IValidatableObject
{
    public const string Section = "Metrics";

    private static readonly IPNetwork[] Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    /// <summary>Null by default: the binder would add configured entries to a default list instead of replacing it.</summary>
    public string[]? AllowedNetworks { get; set; }

    public IReadOnlyList<IPNetwork> Networks() =>
        AllowedNetworks is { Length: > 0 } networks ? [.. networks.Select(n => IPNetwork.Parse(n.Trim()))] : Loopback;

    /// <summary>Whether a connection from this address may read the metrics (an address mapped to IPv6 counts as IPv4).</summary>
    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var seen = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Networks().Any(n => n.Contains(seen));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (AllowedNetworks ?? [])
            .Where(n => !IPNetwork.TryParse(n.Trim(), out _))
            .Select(n => new ValidationResult($"Metrics:AllowedNetworks tiene un valor que no es una red IP válida (CIDR, p. ej. 10.0.0.0/8): «{n}».", [nameof(AllowedNetworks)]));
}
