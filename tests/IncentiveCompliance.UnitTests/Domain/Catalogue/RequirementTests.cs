using FluentAssertions;
using IncentiveCompliance.Core.Domain.Catalogue;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain.Catalogue;

public sealed class RequirementTests
{
    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("G")]
    public void A_requirement_without_types_applies_to_every_type(string piType) =>
        Requirement().AppliesToType(piType).Should().BeTrue();

    [Theory]
    [InlineData("A", true)]
    [InlineData("C", true)]
    [InlineData("D", true)]
    [InlineData("B", false)]
    [InlineData("G", false)]
    public void A_requirement_applies_only_to_its_types(string piType, bool applies) =>
        Requirement(appliesTo: ["A", "C", "D"]).AppliesToType(piType).Should().Be(applies);

    [Fact]
    public void A_municipality_without_a_type_is_not_excluded() =>
        Requirement(appliesTo: ["A", "C", "D"]).AppliesToType(null).Should().BeTrue();

    [Fact]
    public void The_target_is_read_per_type()
    {
        var requirement = Requirement(targets: [new("A", 70m), new("C", 42.5m)]);

        requirement.TargetFor("A").Should().Be(70m);
        requirement.TargetFor("C").Should().Be(42.5m);
        requirement.TargetFor("B").Should().BeNull();
        requirement.TargetFor(null).Should().BeNull();
    }

    [Fact]
    public void A_requirement_without_targets_has_none() =>
        Requirement().TargetFor("A").Should().BeNull();

    private static Requirement Requirement(List<string>? appliesTo = null, List<PiTypeTarget>? targets = null) =>
        new() { Code = "5.3", Title = "Patrullaje", AppliesTo = appliesTo ?? [], Targets = targets ?? [] };
}
