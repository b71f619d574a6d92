using System.ComponentModel.DataAnnotations;

namespace IncentiveCompliance.Web.Security;

/// <summary>Section <c>Auth</c>: how long an API bearer token lives (<c>TokenLifetimeMinutes</c>, 60).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    [Range(1, 10_080, ErrorMessage = "Auth:TokenLifetimeMinutes debe ser un entero entre {1} y {2}.")]
    public int TokenLifetimeMinutes { get; set; } = 60;
}
