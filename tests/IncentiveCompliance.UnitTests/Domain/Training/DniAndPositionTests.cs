using FluentAssertions;
using IncentiveCompliance.Core.Domain.Training;
using Xunit;

namespace IncentiveCompliance.UnitTests.Domain.Training;

public sealed class DniAndPositionTests
{
    [Theory]
    [InlineData("41234567", true)]
    [InlineData("01234567", true)]
    [InlineData("1234567", false)]
    [InlineData("412345678", false)]
    [InlineData("4123456A", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_DNI_has_eight_digits(string? dni, bool valid) => Dni.IsValid(dni).Should().Be(valid);

    [Fact]
    public void A_masked_DNI_keeps_only_its_ends() => Dni.Masked("41234567").Should().Be("4****567");

    [Theory]
    [InlineData("Gerente de Seguridad Ciudadana", Position.SecurityManager)]
    [InlineData("JEFE DE SEGURIDAD CIUDADANA", Position.SecurityManager)]
    [InlineData("Responsable del compromiso", Position.CommitmentOfficer)]
    [InlineData("gerente de presupuesto", Position.BudgetManager)]
    [InlineData("Sereno", Position.Sereno)]
    [InlineData("agente de serenazgo", Position.Sereno)]
    [InlineData("Alcalde", Position.Other)]
    [InlineData("", Position.Other)]
    public void Positions_are_read_as_people_write_them(string text, Position position) => Positions.Parse(text).Should().Be(position);
}
