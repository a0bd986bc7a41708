using System.Globalization;
using System.Text;

namespace DecodingChoices.Data.Npy;

/// <summary>
/// Reads the small subset of Python literal syntax an <c>.npy</c> header is written in, such as
/// <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (276, 691), }</c>. It is a hand-written
/// recursive-descent parser (no <c>eval</c>, no regular expressions): whitespace anywhere between tokens,
/// trailing commas, either quote character and any key order are accepted, as Python accepts them.
/// </summary>
/// <remarks>
/// What each literal becomes: a string → <see cref="string"/>; an integer → <see cref="long"/> (a Python 2
/// <c>L</c> suffix is allowed, as numpy allows it in old files); <c>True</c>/<c>False</c> →
/// <see cref="bool"/>; <c>None</c> → <see langword="null"/>; a tuple <c>(…)</c> → <c>object?[]</c>;
/// a list <c>[…]</c> → <see cref="List{T}"/> of <c>object?</c>; a dict <c>{…}</c> → a
/// <see cref="Dictionary{TKey, TValue}"/> with string keys. As in Python, <c>(5)</c> is the integer 5
/// and <c>(5,)</c> a one-element tuple.
/// </remarks>
internal sealed class PythonLiteralParser
{
    private readonly string _text;
    private int _position;

    /// <summary>How deeply literals may nest: a .npy header needs 3 (a dict holding a tuple); this stops a corrupt one from overflowing the stack.</summary>
    public const int MaxDepth = 32;

    private int _depth;

    private PythonLiteralParser(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>, which must hold exactly one literal (plus whitespace).</summary>
    /// <exception cref="FormatException">The text is not such a literal; the message gives the character position.</exception>
    public static object? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new PythonLiteralParser(text);
        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser._position]}' after the end of the literal");
        }

        return value;
    }

    private object? ParseValue()
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("the text ends where a value was expected");
        }

        var next = _text[_position];
        if (next is '{' or '(' or '[' && _depth >= MaxDepth)
        {
            throw Error($"literals nest more than {MaxDepth} deep");
        }

        return next switch
        {
            '{' => ParseDictionary(),
            '(' => ParseTuple(),
            '[' => ParseSequence('[', ']'),
            '\'' or '"' => ParseString(),
            '-' or '+' or (>= '0' and <= '9') => ParseInteger(),
            _ when char.IsAsciiLetter(next) => ParseName(),
            _ => throw Error($"unexpected '{next}' where a value was expected"),
        };
    }

    private Dictionary<string, object?> ParseDictionary()
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        Expect('{');
        _depth++;
        while (!TryConsumeClosing('}'))
        {
            SkipWhitespace();
            var keyStart = _position;
            if (ParseValue() is not string key)
            {
                _position = keyStart;
                throw Error("a dictionary key must be a quoted string");
            }

            SkipWhitespace();
            Expect(':', $"after the key '{key}'");
            var value = ParseValue();
            if (!dictionary.TryAdd(key, value))
            {
                _position = keyStart;
                throw Error($"the key '{key}' appears twice");
            }

            ConsumeCommaOrExpectClosing('}');
        }

        _depth--;
        return dictionary;
    }

    private object? ParseTuple()
    {
        var items = ParseSequence('(', ')', out var sawComma);
        // (x) is just x in Python; only a comma makes a tuple. () is the empty tuple.
        return items.Count == 1 && !sawComma ? items[0] : items.ToArray();
    }

    private List<object?> ParseSequence(char opening, char closing) => ParseSequence(opening, closing, out _);

    private List<object?> ParseSequence(char opening, char closing, out bool sawComma)
    {
        var items = new List<object?>();
        sawComma = false;
        Expect(opening);
        _depth++;
        while (!TryConsumeClosing(closing))
        {
            items.Add(ParseValue());
            sawComma |= ConsumeCommaOrExpectClosing(closing);
        }

        _depth--;
        return items;
    }

    private string ParseString()
    {
        var quote = _text[_position++];
        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var next = _text[_position++];
            if (next == quote)
            {
                return builder.ToString();
            }

            if (next == '\\' && _position < _text.Length)
            {
                next = _text[_position++];
            }

            builder.Append(next);
        }

        throw Error($"a string opened with {quote} is never closed");
    }

    private long ParseInteger()
    {
        var start = _position;
        if (_text[_position] is '-' or '+')
        {
            _position++;
        }

        var digitsStart = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        if (_position == digitsStart)
        {
            throw Error("a sign must be followed by digits");
        }

        var digits = _text.AsSpan(start, _position - start);
        if (_position < _text.Length && _text[_position] is 'L' or 'l')
        {
            _position++; // Python 2 long literal, e.g. 276L
        }
        else if (_position < _text.Length && _text[_position] is '.' or 'e' or 'E' or 'j' or 'x' or 'X')
        {
            throw Error($"only whole numbers in decimal are expected here, found '{_text[_position]}' after {digits}");
        }

        if (!long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _position = start;
            throw Error($"the integer {digits} is too large");
        }

        return value;
    }

    private object? ParseName()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        var name = _text[start.._position];
        switch (name)
        {
            case "True":
                return true;
            case "False":
                return false;
            case "None":
                return null;
            default:
                _position = start;
                throw Error($"unexpected name '{name}' (only True, False and None are allowed)");
        }
    }

    /// <summary>After an item: a comma (returns true) or, without consuming it, the closing bracket.</summary>
    private bool ConsumeCommaOrExpectClosing(char closing)
    {
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == ',')
        {
            _position++;
            return true;
        }

        if (_position < _text.Length && _text[_position] == closing)
        {
            return false;
        }

        throw Error(_position < _text.Length ? $"expected ',' or '{closing}'" : $"the text ends before the closing '{closing}'");
    }

    private bool TryConsumeClosing(char closing)
    {
        SkipWhitespace();
        if (_position < _text.Length && _text[_position] == closing)
        {
            _position++;
            return true;
        }

        if (_position >= _text.Length)
        {
            throw Error($"the text ends before the closing '{closing}'");
        }

        return false;
    }

    private void Expect(char expected, string where = "")
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return;
        }

        var found = _position < _text.Length ? $"'{_text[_position]}'" : "the end of the text";
        throw Error($"expected '{expected}'{(where.Length > 0 ? " " + where : "")}, found {found}");
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string problem) => new($"{problem} at character {_position + 1}");
}
