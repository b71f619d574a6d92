using IncentiveCompliance.Core.Domain.Territory;

namespace IncentiveCompliance.Core.Features.Territory;

/// <summary>How a municipality kind is written in the API.</summary>
internal static class MunicipalityKinds
{
    public static string ToApi(MunicipalityKind kind) => kind == MunicipalityKind.Provincial ? "provincial" : "district";
}
