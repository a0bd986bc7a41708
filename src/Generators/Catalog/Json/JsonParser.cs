using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DecodingChoices.Generators.Catalog.Json;

/// <summary>
/// A small, strict JSON parser (RFC 8259) for the exercise manifests: objects, arrays, strings with every escape
/// including <c>\uXXXX</c>, numbers, <c>true</c>, <c>false</c> and <c>null</c>. No comments and no trailing commas.
/// </summary>
/// <remarks>
/// Why not System.Text.Json? A generator targets netstandard2.0 and runs inside the compiler, which does not
/// ship System.Text.Json to analyzers on every host; bundling it means packaging its assembly beside the
/// generator. A manifest is a few hundred bytes of flat JSON, and a recursive-descent parser of about two
/// hundred lines also gives what System.Text.Json would not: the span of every value, so a diagnostic can
/// point at the very field that is wrong.
/// </remarks>
internal sealed class JsonParser
{
    /// <summary>Deeper nesting than any manifest needs is an error rather than a stack overflow.</summary>
    private const int MaxDepth = 32;

    private readonly string _text;
    private int _position;

    private JsonParser(string text) => _text = text;

    /// <summary>Parses one JSON value that fills the whole text (whitespace aside).</summary>
    /// <exception cref="JsonSyntaxException">At the first character that breaks the grammar.</exception>
    public static JsonValue Parse(string text)
    {
        var parser = new JsonParser(text);
        parser.SkipWhitespace();
        var value = parser.ParseValue(depth: 0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error($"unexpected {parser.Quote()} after the end of the value");
        }

        return value;
    }

    private JsonValue ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"values are nested more than {MaxDepth} deep");
        }

        if (AtEnd)
        {
            throw Error("the text ends where a value should start");
        }

        return Current switch
        {
            '{' => ParseObject(depth),
            '[' => ParseArray(depth),
            '"' => ParseString(),
            '-' or (>= '0' and <= '9') => ParseNumber(),
            't' => ParseLiteral("true"),
            'f' => ParseLiteral("false"),
            'n' => ParseLiteral("null"),
            _ => throw Error($"unexpected {Quote()} where a value should start (a string, a number, an object, an array, true, false or null)"),
        };
    }

    private JsonObject ParseObject(int depth)
    {
        var start = _position++;
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (!AtEnd && Current == '}')
        {
            _position++;
            return new JsonObject(TextSpan.FromBounds(start, _position), properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Current != '"')
            {
                throw Error(AtEnd ? "the text ends inside an object" : $"expected a property name in double quotes, not {Quote()}");
            }

            var name = ParseString();
            foreach (var existing in properties)
            {
                if (existing.Name == name.Value)
                {
                    throw new JsonSyntaxException($"the key \"{name.Value}\" appears twice in one object", name.Span.Start);
                }
            }

            SkipWhitespace();
            Expect(':', "after a property name");
            SkipWhitespace();
            properties.Add(new JsonProperty(name.Value, name.Span, ParseValue(depth + 1)));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("the text ends inside an object");
            }

            if (Current == ',')
            {
                _position++;
                continue;
            }

            Expect('}', "or ',' after a property");
            return new JsonObject(TextSpan.FromBounds(start, _position), properties);
        }
    }

    private JsonArray ParseArray(int depth)
    {
        var start = _position++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            _position++;
            return new JsonArray(TextSpan.FromBounds(start, _position), items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("the text ends inside an array");
            }

            if (Current == ',')
            {
                _position++;
                continue;
            }

            Expect(']', "or ',' after an array item");
            return new JsonArray(TextSpan.FromBounds(start, _position), items);
        }
    }

    private JsonString ParseString()
    {
        var start = _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw new JsonSyntaxException("the string is never closed: add the closing '\"'", start);
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return new JsonString(TextSpan.FromBounds(start, _position), value.ToString());
            }

            if (c < ' ')
            {
                throw Error("a string cannot hold a line break or another control character: write it as an escape such as \\n");
            }

            if (c != '\\')
            {
                value.Append(c);
                _position++;
                continue;
            }

            _position++;
            if (AtEnd)
            {
                throw new JsonSyntaxException("the string is never closed: add the closing '\"'", start);
            }

            var escape = _text[_position];
            switch (escape)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    value.Append(ParseUnicodeEscape());
                    continue;
                default:
                    throw new JsonSyntaxException($"\\{escape} is not an escape: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX", _position - 1);
            }

            _position++;
        }
    }

    /// <summary>The four hex digits after <c>\u</c> (the position is on the <c>u</c>); leaves the position after them.</summary>
    private char ParseUnicodeEscape()
    {
        var escapeStart = _position - 1;
        if (_position + 5 > _text.Length)
        {
            throw new JsonSyntaxException("\\u must be followed by four hex digits", escapeStart);
        }

        var digits = _text.Substring(_position + 1, 4);
        if (!ushort.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw new JsonSyntaxException($"\\u must be followed by four hex digits, not \"{digits}\"", escapeStart);
        }

        _position += 5;
        return (char)code;
    }

    private JsonNumber ParseNumber()
    {
        var start = _position;
        if (Current == '-')
        {
            _position++;
        }

        if (AtEnd || !IsDigit(Current))
        {
            throw Error("a number needs a digit here");
        }

        if (Current == '0')
        {
            _position++;
            if (!AtEnd && IsDigit(Current))
            {
                throw Error("a number cannot start with 0 followed by more digits");
            }
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && Current == '.')
        {
            _position++;
            RequireDigits("after the decimal point");
        }

        if (!AtEnd && (Current == 'e' || Current == 'E'))
        {
            _position++;
            if (!AtEnd && (Current == '+' || Current == '-'))
            {
                _position++;
            }

            RequireDigits("in the exponent");
        }

        return new JsonNumber(TextSpan.FromBounds(start, _position), _text.Substring(start, _position - start));
    }

    private JsonLiteral ParseLiteral(string literal)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, start, literal, 0, literal.Length) != 0)
        {
            throw Error($"unexpected {Quote()} where a value should start (a string, a number, an object, an array, true, false or null)");
        }

        _position += literal.Length;
        return new JsonLiteral(TextSpan.FromBounds(start, _position), literal);
    }

    private void RequireDigits(string where)
    {
        if (AtEnd || !IsDigit(Current))
        {
            throw Error($"a number needs a digit {where}");
        }

        SkipDigits();
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(Current))
        {
            _position++;
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && Current is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private void Expect(char expected, string where)
    {
        if (AtEnd || Current != expected)
        {
            throw Error(AtEnd ? $"the text ends where '{expected}' should come {where}" : $"expected '{expected}' {where}, not {Quote()}");
        }

        _position++;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    /// <summary>The current character as a message shows it: <c>'x'</c>, or "the end of the text".</summary>
    private string Quote() => AtEnd ? "the end of the text" : $"'{_text[_position]}'";

    private JsonSyntaxException Error(string reason) => new(reason, _position);
}
