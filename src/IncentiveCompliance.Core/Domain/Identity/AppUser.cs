using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Domain.Identity;

/// <summary>A person who signs in. Their role lives in Identity's role tables; their territory and account state here.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>For a regional secretariat: the department code it works on.</summary>
    public string? RegionCode { get; set; }

    /// <summary>For a municipal manager or budget officer: the municipality's ubigeo.</summary>
    public string? Ubigeo { get; set; }

    /// <summary>When an administrator disabled the account; null while it is enabled. Not a lockout: it has no end.</summary>
    public DateTime? DisabledAt { get; set; }

    /// <summary>The password was set by an administrator (a new account or a reset): its owner must replace it on signing in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>Seeded by the demo with its documented password; while the demo is enabled it signs in without a second factor.</summary>
    public bool DemoAccount { get; set; }
}
