using IncentiveCompliance.Core.Features.Territory;

namespace IncentiveCompliance.Web.Pages.Usuarios;

/// <summary>What the shared role-and-scope fields show: the current choice and the regions to choose from.</summary>
public sealed record RoleFields(string? Role, string? RegionCode, string? Ubigeo, IReadOnlyList<RegionSummary> Regions);
