using System.Globalization;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>What a municipality of the showcase has done by today, from which the compliance rule makes its status.</summary>
internal enum ShowcaseProfile
{
    /// <summary>Every mandatory item and 5.2 approved weeks ago: cumple.</summary>
    Met,

    /// <summary>H1 approved, H2 sent and waiting for review, 5.3 in draft: en camino.</summary>
    OnTrack,

    /// <summary>H1 approved, H2 observed today (correction deadline ahead), 5.3 in draft: en riesgo.</summary>
    Observed,

    /// <summary>H1 approved, 5.2 rejected today, H2 waiting for review: en riesgo.</summary>
    Rejected,

    /// <summary>H1 observed weeks ago and never corrected (its deadline has passed), H2 in draft: no cumple.</summary>
    Lapsed,

    /// <summary>Nothing sent.</summary>
    Silent,
}

/// <summary>The showcase's mix: each municipality's profile, the same every time, drawn from its ubigeo.</summary>
internal static class ShowcasePlan
{
    public const string Wanchaq = "080108";
    public const string Santiago = "080106";

    public static ShowcaseProfile ProfileOf(string ubigeo) => ubigeo switch
    {
        Wanchaq => ShowcaseProfile.Observed,
        Santiago => ShowcaseProfile.OnTrack,
        _ => Draw(RandomFor(ubigeo).Next(100)),
    };

    /// <summary>A generator seeded by the ubigeo, so a municipality's figures never depend on the others'.</summary>
    public static Random RandomFor(string ubigeo, int salt = 0) => new(int.Parse(ubigeo, CultureInfo.InvariantCulture) * 31 + salt);

    private static ShowcaseProfile Draw(int percent) => percent switch
    {
        < 14 => ShowcaseProfile.Met,
        < 40 => ShowcaseProfile.OnTrack,
        < 60 => ShowcaseProfile.Observed,
        < 70 => ShowcaseProfile.Rejected,
        < 88 => ShowcaseProfile.Lapsed,
        _ => ShowcaseProfile.Silent,
    };
}
