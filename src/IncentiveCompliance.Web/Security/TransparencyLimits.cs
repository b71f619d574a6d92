using System.ComponentModel.DataAnnotations;

namespace IncentiveCompliance.Web.Security;

/// <summary>Section <c>Transparency</c>: anonymous requests per client address and minute (<c>PerAddressPerMinute</c>, 600).</summary>
public sealed class TransparencyLimits
{
    public const string Section = "Transparency";

    [Range(1, 10_000_000, ErrorMessage = "Transparency:PerAddressPerMinute debe ser un entero entre {1} y {2}.")]
    public int PerAddressPerMinute { get; set; } = 600;
}
