namespace IncentiveCompliance.Infrastructure.Security;

/// <summary>Section <c>Demo</c>: <c>Enabled</c> (false; <c>./build.sh run</c> turns it on), seen by Core as <see cref="Core.Common.Security.DemoMode"/>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
