namespace DecodingChoices.Data;

/// <summary>
/// Reads CSV records one at a time from a <see cref="TextReader"/>, keeping only the current record: its
/// characters in one reused buffer and each field's (start, length) in it. Nothing of earlier records is held,
/// so a file of any size is read in constant memory. Fields are trimmed; blank lines are skipped; a field in
/// double quotes may hold commas, newlines and doubled quotes (<c>""</c>), as RFC 4180 has it.
/// <para>
/// Every record knows the line it starts on (<see cref="Line"/>), so an error points where a person should look:
/// in particular a quote that is never closed is reported at the line where it opens, not at the end of the file
/// where the reader finally noticed.
/// </para>
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly List<(int Start, int Length)> _fields = [];
    private readonly char[] _block = new char[64 * 1024];
    private char[] _record = new char[1024];
    private int _recordLength;
    private int _blockLength;
    private int _blockPosition;
    private long _nextLine = 1;

    /// <summary>The line (1-based) the current record starts on.</summary>
    public long Line { get; private set; }

    /// <summary>How many fields the current record has.</summary>
    public int Count => _fields.Count;

    /// <summary>The current record's field <paramref name="index"/>, trimmed and unquoted.</summary>
    public ReadOnlySpan<char> this[int index] => _record.AsSpan(_fields[index].Start, _fields[index].Length);

    /// <summary>Reads the next non-blank record; false at the end of the text.</summary>
    /// <exception cref="CsvFormatException">A quote is never closed, or a quote stands inside an unquoted field.</exception>
    public bool Read()
    {
        while (true)
        {
            _fields.Clear();
            _recordLength = 0;
            Line = _nextLine;
            var c = Next();
            if (c < 0)
            {
                return false;
            }

            if (c is '\n' or '\r')
            {
                EndOfLine(c);
                continue;
            }

            ReadRecord(c);
            return true;
        }
    }

    private void ReadRecord(int c)
    {
        while (true)
        {
            // One field: skip leading blanks, then either a quoted field or plain text up to ',' or the line's end.
            while (c is ' ' or '\t')
            {
                c = Next();
            }

            var start = _recordLength;
            if (c == '"')
            {
                var opened = _nextLine;
                c = ReadQuoted(opened, _fields.Count + 1);
                while (c is ' ' or '\t')
                {
                    c = Next();
                }

                if (c is not (',' or '\n' or '\r' or -1))
                {
                    throw new CsvFormatException(opened, _fields.Count + 1, "text follows a closing quote; a quoted field must end at the quote");
                }
            }
            else
            {
                while (c is not (',' or '\n' or '\r' or -1))
                {
                    if (c == '"')
                    {
                        throw new CsvFormatException(_nextLine, _fields.Count + 1, "a quote stands inside an unquoted field");
                    }

                    Append((char)c);
                    c = Next();
                }
            }

            var length = _recordLength - start;
            while (length > 0 && _record[start + length - 1] is ' ' or '\t')
            {
                length--;
            }

            _fields.Add((start, length));
            if (c == ',')
            {
                c = Next();
                continue;
            }

            if (c >= 0)
            {
                EndOfLine(c);
            }

            return;
        }
    }

    /// <summary>Reads a quoted field's text after its opening quote; returns the character after the closing quote.</summary>
    private int ReadQuoted(long openedOnLine, int column)
    {
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                throw new CsvFormatException(openedOnLine, column, "a quote opens here and is never closed");
            }

            if (c == '"')
            {
                var after = Next();
                if (after != '"')
                {
                    return after;
                }
            }
            else if (c == '\n')
            {
                _nextLine++;
            }

            Append((char)c);
        }
    }

    private void EndOfLine(int c)
    {
        _nextLine++;
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }
    }

    private void Append(char c)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = c;
    }

    private int Next()
    {
        if (_blockPosition == _blockLength && !Fill())
        {
            return -1;
        }

        return _block[_blockPosition++];
    }

    private int Peek() => _blockPosition == _blockLength && !Fill() ? -1 : _block[_blockPosition];

    private bool Fill()
    {
        _blockLength = reader.Read(_block, 0, _block.Length);
        _blockPosition = 0;
        return _blockLength > 0;
    }
}
