namespace IncentiveCompliance.Infrastructure.Security;

/// <summary>
/// Section <c>Demo</c>: <c>Enabled</c> (false; <c>./build.sh run</c> turns it on), seen by Core as <see cref="Core.Common.Security.DemoMode"/>;
/// <c>Showcase</c> (false; <c>./build.sh run</c> turns it on): with the base demo just loaded, load the showcase too (<see cref="Demo.Showcase"/>).
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    public bool Showcase { get; set; }
}
