using System.Diagnostics.CodeAnalysis;
using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// Splits comma-separated records straight from a stream's bytes, decoding nothing: a field is a slice of the buffer,
/// valid until the next record is read. Quoted fields may hold commas, doubled quotes and line breaks; unquoted ones
/// run to the next comma or line end. Records end with LF or CRLF, the last one possibly with nothing; a leading UTF-8
/// BOM is skipped. A record is the unit counted in <see cref="RecordNumber"/>, so a line break inside quotes does not
/// shift the numbering. The searches are vectorised <c>IndexOf</c> calls, which keeps a record nobody reads cheap.
/// </summary>
internal sealed class QuotedCsvTokenizer
{
    /// <summary>A record longer than this is not a budget line: most likely a quote that never closes.</summary>
    private const int MaxRecordBytes = 16 * 1024 * 1024;

    private const byte Quote = (byte)'"';
    private const byte Comma = (byte)',';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly Stream _source;
    private readonly Action _beforeEachRead;
    private byte[] _buffer;
    private int _next; // where the record after the current one begins
    private int _end; // bytes of the buffer holding data
    private bool _sourceEnded;
    private bool _bomChecked;
    private int _recordStart;
    private int[] _fieldStarts = new int[64];
    private int[] _fieldLengths = new int[64];
    private bool[] _fieldHasDoubledQuotes = new bool[64];

    /// <param name="source">The rest of the CSV.</param>
    /// <param name="alreadyRead">Bytes taken from the start of the CSV before <paramref name="source"/>'s position.</param>
    /// <param name="beforeEachRead">Runs before every read of <paramref name="source"/> (once per buffer filled).</param>
    /// <param name="bufferSize">Initial buffer; it grows only for a record that does not fit.</param>
    public QuotedCsvTokenizer(Stream source, ReadOnlySpan<byte> alreadyRead, Action beforeEachRead, int bufferSize)
    {
        _source = source;
        _beforeEachRead = beforeEachRead;
        _buffer = new byte[Math.Max(bufferSize, alreadyRead.Length)];
        alreadyRead.CopyTo(_buffer);
        _end = alreadyRead.Length;
    }

    /// <summary>The current record's number, the first record being 1.</summary>
    public long RecordNumber { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>A record that is an empty line.</summary>
    public bool IsBlank => FieldCount == 1 && _fieldLengths[0] == 0;

    /// <summary>The field's bytes without its surrounding quotes; a doubled quote inside is still doubled.</summary>
    public ReadOnlySpan<byte> Raw(int field) => _buffer.AsSpan(_recordStart + _fieldStarts[field], _fieldLengths[field]);

    public bool HasDoubledQuotes(int field) => _fieldHasDoubledQuotes[field];

    /// <summary>Moves to the next record; false when there is none.</summary>
    public bool MoveNext()
    {
        SkipBom();
        while (true)
        {
            var outcome = Split(_buffer.AsSpan(_next, _end - _next), _sourceEnded, out var length);
            if (outcome == Outcome.Record)
            {
                _recordStart = _next;
                _next += length;
                RecordNumber++;
                return true;
            }

            if (outcome == Outcome.NoMoreData)
            {
                return false;
            }

            Fill();
        }
    }

    /// <summary>
    /// Whether only line breaks follow the current record, to tell a file cut short from a bad row in the middle. It
    /// reads ahead, so the current record's fields are gone afterwards.
    /// </summary>
    public bool NothingFollows()
    {
        while (_buffer.AsSpan(_next, _end - _next).IndexOfAnyExcept(Cr, Lf) < 0)
        {
            if (_sourceEnded)
            {
                return true;
            }

            _next = _end;
            Fill();
        }

        return false;
    }

    private void SkipBom()
    {
        if (_bomChecked)
        {
            return;
        }

        while (_end < 3 && !_sourceEnded)
        {
            Fill();
        }

        if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            _next = 3;
        }

        _bomChecked = true;
    }

    /// <summary>Keeps the unfinished record, moved to the front (the buffer grows only if the record fills it), and reads on.</summary>
    private void Fill()
    {
        if (_next > 0)
        {
            _buffer.AsSpan(_next, _end - _next).CopyTo(_buffer);
            _end -= _next;
            _next = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordBytes)
            {
                throw new BudgetFileException(RecordNumber + 1, null, "la fila supera los 16 MB: no parece el archivo de gasto del MEF (¿unas comillas sin cerrar?)");
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxRecordBytes));
        }

        _beforeEachRead();
        var free = _buffer.AsSpan(_end);
        var read = _source.ReadAtLeast(free, free.Length, throwOnEndOfStream: false);
        _end += read;
        _sourceEnded = read < free.Length;
    }

    /// <summary>
    /// Finds the fields of the record at the start of <paramref name="data"/>. Without <paramref name="final"/> a
    /// record that reaches the end of the data may continue beyond it, so it is left for the next fill.
    /// </summary>
    [SuppressMessage("Design", "MA0051:Method is too long", Justification = "One state machine over a record's bytes, "
        + "the reader's hot loop (docs/decisions/0011): split, its cursor and field count would cross calls on every field.")]
    private Outcome Split(ReadOnlySpan<byte> data, bool final, out int length)
    {
        length = 0;
        if (data.IsEmpty)
        {
            return final ? Outcome.NoMoreData : Outcome.NeedMoreData;
        }

        var count = 0;
        var at = 0;
        while (true)
        {
            if (at < data.Length && data[at] == Quote)
            {
                var contentStart = at + 1;
                var closing = contentStart;
                var doubled = false;
                while (true)
                {
                    var found = data[closing..].IndexOf(Quote);
                    if (found < 0 || (closing + found + 1 == data.Length && !final))
                    {
                        return final ? throw Unterminated() : Outcome.NeedMoreData;
                    }

                    closing += found;
                    if (closing + 1 < data.Length && data[closing + 1] == Quote)
                    {
                        doubled = true;
                        closing += 2;
                        continue;
                    }

                    break;
                }

                Add(count++, contentStart, closing - contentStart, doubled);
                at = closing + 1;
                if (at == data.Length)
                {
                    length = at;
                    FieldCount = count;
                    return Outcome.Record;
                }

                switch (data[at])
                {
                    case Comma:
                        at++;
                        continue;
                    case Lf:
                        length = at + 1;
                        FieldCount = count;
                        return Outcome.Record;
                    case Cr when at + 1 == data.Length && !final:
                        return Outcome.NeedMoreData;
                    case Cr when at + 1 == data.Length || data[at + 1] == Lf:
                        length = Math.Min(at + 2, data.Length);
                        FieldCount = count;
                        return Outcome.Record;
                    default:
                        throw new BudgetFileException(RecordNumber + 1, null, $"hay texto después de las comillas de cierre en la columna {count}");
                }
            }

            var delimiter = data[at..].IndexOfAny(Comma, Lf);
            if (delimiter < 0)
            {
                if (!final)
                {
                    return Outcome.NeedMoreData;
                }

                Add(count++, at, WithoutCr(data[at..]), false);
                length = data.Length;
                FieldCount = count;
                return Outcome.Record;
            }

            if (data[at + delimiter] == Comma)
            {
                Add(count++, at, delimiter, false);
                at += delimiter + 1;
                continue;
            }

            Add(count++, at, WithoutCr(data.Slice(at, delimiter)), false);
            length = at + delimiter + 1;
            FieldCount = count;
            return Outcome.Record;
        }
    }

    private static int WithoutCr(ReadOnlySpan<byte> field) => field.Length > 0 && field[^1] == Cr ? field.Length - 1 : field.Length;

    private void Add(int field, int start, int length, bool doubledQuotes)
    {
        if (field == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, field * 2);
            Array.Resize(ref _fieldLengths, field * 2);
            Array.Resize(ref _fieldHasDoubledQuotes, field * 2);
        }

        _fieldStarts[field] = start;
        _fieldLengths[field] = length;
        _fieldHasDoubledQuotes[field] = doubledQuotes;
    }

    private BudgetFileException Unterminated() =>
        new(RecordNumber + 1, null, "la fila está incompleta: unas comillas no se cierran; el archivo parece cortado");

    private enum Outcome
    {
        Record,
        NeedMoreData,
        NoMoreData,
    }
}
