namespace IncentiveCompliance.Core.Common.Security;

/// <summary>
/// Whether the demo is on (<c>Demo:Enabled</c>; <c>./build.sh run</c> turns it on): it is loaded into an empty database,
/// and its accounts sign in with their documented password and no second factor.
/// </summary>
public sealed record DemoMode(bool Enabled);
