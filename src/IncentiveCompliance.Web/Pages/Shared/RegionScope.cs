using IncentiveCompliance.Core.Common.Security;

namespace IncentiveCompliance.Web.Pages.Shared;

/// <summary>The region a regional page shows: the one asked for, or the secretariat's own.</summary>
public static class RegionScope
{
    public static string Of(string? asked, ICurrentUser user) => asked ?? user.Scope?.RegionCode ?? "";
}
