using FluentAssertions;
using IncentiveCompliance.Core.Common.Paging;
using Xunit;

namespace IncentiveCompliance.UnitTests.Common.Paging;

public sealed class PageCursorTests
{
    private static readonly PageCursor<Key> Cursors = new("pruebas");

    [Fact]
    public void A_key_comes_back_as_it_went_in()
    {
        var key = new Key(new DateTime(2026, 5, 4, 15, 30, 0, 123, DateTimeKind.Utc).AddTicks(4567), Guid.NewGuid(), "Ñuñoa «Cusco»");

        Cursors.TryDecode(Cursors.Encode(key), out var back).Should().BeTrue();

        back.Should().Be(key);
        back!.At.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public void A_cursor_is_url_safe_and_opaque()
    {
        var cursor = Cursors.Encode(new Key(DateTime.UnixEpoch, Guid.Empty, "ubigeo 080108 ?&=/+"));

        cursor.Should().MatchRegex("^[A-Za-z0-9_-]+$").And.NotContain("080108");
        cursor.Length.Should().BeLessThan(PageCursor<Key>.MaxLength);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("basura")]
    [InlineData("%%%")]
    [InlineData("e30")] // "{}"
    public void Garbage_is_not_a_cursor(string? cursor) =>
        Cursors.TryDecode(cursor, out _).Should().BeFalse();

    [Fact]
    public void Every_altered_character_is_noticed()
    {
        var cursor = Cursors.Encode(new Key(DateTime.UnixEpoch, Guid.NewGuid(), "080108"));

        for (var i = 0; i < cursor.Length; i++)
        {
            var altered = cursor[..i] + (cursor[i] == 'A' ? 'B' : 'A') + cursor[(i + 1)..];
            Cursors.TryDecode(altered, out _).Should().BeFalse($"character {i} changed");
        }

        Cursors.TryDecode(cursor[..^1], out _).Should().BeFalse("cut");
        Cursors.TryDecode(cursor + "A", out _).Should().BeFalse("lengthened");
    }

    [Fact]
    public void A_cursor_of_another_list_or_key_shape_is_refused()
    {
        var cursor = new PageCursor<Key>("otra-lista").Encode(new Key(DateTime.UnixEpoch, Guid.Empty, "x"));

        Cursors.TryDecode(cursor, out _).Should().BeFalse();
        new PageCursor<Other>("pruebas").TryDecode(Cursors.Encode(new Key(DateTime.UnixEpoch, Guid.Empty, "x")), out _).Should().BeFalse();
    }

    [Fact]
    public void A_very_long_cursor_is_refused_before_decoding() =>
        Cursors.TryDecode(new string('A', PageCursor<Key>.MaxLength + 1), out _).Should().BeFalse();

    [Fact]
    public void A_page_keeps_the_limit_and_names_its_last_item_when_more_follow()
    {
        var page = Page.Of([1, 2, 3], 2, i => $"after-{i}");
        var last = Page.Of([1, 2], 2, i => $"after-{i}");

        page.Items.Should().Equal(1, 2);
        page.NextCursor.Should().Be("after-2");
        last.Items.Should().Equal(1, 2);
        last.NextCursor.Should().BeNull();
    }

    public sealed record Key(DateTime At, Guid Id, string Code);

    public sealed record Other(long Number, decimal Amount);
}
