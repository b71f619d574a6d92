using System.Reflection;
using FluentAssertions;
using IncentiveCompliance.Core;
using IncentiveCompliance.Core.Common.Vocabulary;
using Xunit;

namespace IncentiveCompliance.UnitTests.Common;

/// <summary>Every value a person reads has its Spanish word, and every state its tone: a value added without one fails here.</summary>
public sealed class VocabularyTests
{
    private static readonly MethodInfo[] WordsOf =
        [.. typeof(Words).GetMethods().Concat(typeof(StateWords).GetMethods()).Where(m => m.IsStatic && m.Name == "Of")];

    private static readonly Type[] VocabularyEnums = [.. WordsOf.Select(m => m.GetParameters().Single().ParameterType)];

    [Fact]
    public void Every_value_of_every_enum_in_the_vocabulary_has_a_spanish_word()
    {
        VocabularyEnums.Should().Contain([typeof(Core.Domain.Compliance.ItemState), typeof(Core.Domain.Training.Position), typeof(DayOfWeek)]);

        var missing = WordsOf.SelectMany(of => Enum.GetValues(of.GetParameters()[0].ParameterType).Cast<Enum>()
            .Where(value => Shown(of, value) is not { Word.Length: > 0 })
            .Select(value => $"{value.GetType().Name}.{value}"));

        missing.Should().BeEmpty("a value people read needs its word");
    }

    [Fact]
    public void Every_state_has_a_tone_the_pages_and_documents_colour()
    {
        var states = typeof(StateWords).GetMethods().Where(m => m.IsStatic && m.Name == "Of")
            .SelectMany(of => Enum.GetValues(of.GetParameters()[0].ParameterType).Cast<Enum>().Select(value => (value, of.Invoke(null, [value]) as StateWord)));

        states.Should().OnlyContain(s => s.Item2 != null && Enum.IsDefined(s.Item2.Tone));
    }

    [Fact]
    public void Every_domain_enum_is_in_the_vocabulary() =>
        typeof(CoreServices).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace!.StartsWith("IncentiveCompliance.Core.Domain", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.BeSubsetOf(VocabularyEnums, "what the domain names, a page, a document or an export shows");

    /// <summary>The word the vocabulary gives a value (a state's with its tone), or null when it has none.</summary>
    private static (string Word, Tone? Tone)? Shown(MethodInfo of, Enum value)
    {
        try
        {
            return of.Invoke(null, [value]) switch
            {
                StateWord state => (state.Word, state.Tone),
                string word => (word, null),
                _ => null,
            };
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
