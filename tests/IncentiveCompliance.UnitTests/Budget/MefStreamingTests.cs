using FluentAssertions;
using IncentiveCompliance.Infrastructure.Budget;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.UnitTests.Budget;

public sealed class MefStreamingTests
{
    private const long FourMegabytes = 4 * 1024 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Zipped_files_are_read_from_their_first_csv_entry(bool seekable)
    {
        var builder = new MefFileBuilder { Bom = true }.Row(new MefRow { ActivityName = "SEÑALIZACIÓN", Devengado = "10.10" }).Row(new MefRow { Level = "R" });
        var zip = builder.BuildZipped();
        var progress = new RecordedProgress();

        var rows = new List<Core.Features.Budget.BudgetRow>();
        var tally = new MefExpenseReader().Read(Open(zip, seekable), MefRead.Cusco2026, rows.Add, progress, CancellationToken.None);

        tally.Should().Be(MefRead.All(builder.Build()).Tally);
        rows.Should().Equal(MefRead.All(builder.Build()).Rows);
        progress.Values.Should().Equal(zip.Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Progress_comes_at_most_every_4_MB_and_ends_at_the_file_size(bool seekable)
    {
        var file = LargeFile(megabytes: 13);
        var progress = new RecordedProgress();

        new MefExpenseReader().Read(Open(file, seekable), MefRead.Cusco2026, _ => { }, progress, CancellationToken.None);

        progress.Values.Should().HaveCountGreaterThanOrEqualTo(3).And.BeInAscendingOrder();
        progress.Values[^1].Should().Be(file.Length);
        progress.Values.SkipLast(1).Zip(progress.Values.Skip(1).SkipLast(1)).Should().OnlyContain(pair => pair.Second - pair.First >= FourMegabytes);
        progress.Values[0].Should().BeGreaterThanOrEqualTo(FourMegabytes);
    }

    [Fact]
    public void A_cancelled_read_stops_before_the_end()
    {
        var file = LargeFile(megabytes: 13);
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordedProgress(cancellation.Cancel);
        var rows = 0;

        var act = () => new MefExpenseReader().Read(new MemoryStream(file), MefRead.Cusco2026, _ => rows++, progress, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        progress.Values.Should().ContainSingle();
        rows.Should().BeLessThan(LargeFileRows(13));
    }

    [Fact]
    public void An_already_cancelled_read_does_not_start() =>
        FluentActions.Invoking(() => new MefExpenseReader().Read(new MemoryStream(LargeFile(1)), MefRead.Cusco2026, _ => { }, null, new CancellationToken(canceled: true)))
            .Should().Throw<OperationCanceledException>();

    private static Stream Open(byte[] file, bool seekable) => seekable ? new MemoryStream(file) : new ForwardOnlyStream(file);

    private static int LargeFileRows(int megabytes) => megabytes * 1024 * 1024 / 400;

    /// <summary>About 400 bytes a row: enough rows for the given size.</summary>
    private static byte[] LargeFile(int megabytes)
    {
        var builder = new MefFileBuilder();
        for (var i = 0; i < LargeFileRows(megabytes); i++)
        {
            builder.Row(new MefRow { Program = i % 50 == 0 ? "0030" : "9001", Devengado = "1.00" });
        }

        return builder.Build();
    }

    /// <summary>Records reports as they happen (<see cref="Progress{T}"/> would post them later), optionally acting on the first.</summary>
    private sealed class RecordedProgress(Action? onFirst = null) : IProgress<long>
    {
        public List<long> Values { get; } = [];

        public void Report(long value)
        {
            Values.Add(value);
            if (Values.Count == 1)
            {
                onFirst?.Invoke();
            }
        }
    }
}
