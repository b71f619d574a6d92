using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Domain.Identity;

/// <summary>A person who signs in. Their role lives in Identity's role tables; their territory here.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>For a regional secretariat: the department code it works on.</summary>
    public string? RegionCode { get; set; }

    /// <summary>For a municipal manager or budget officer: the municipality's ubigeo.</summary>
    public string? Ubigeo { get; set; }
}
