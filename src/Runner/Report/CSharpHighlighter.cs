using System.Net;
using System.Text;

namespace DecodingChoices.Runner.Report;

/// <summary>
/// A small C# highlighter for the report: it splits source text into comments, string and character
/// literals, numbers, keywords and everything else, and wraps the first four in
/// <c>&lt;span class="…"&gt;</c> (classes <c>c</c>, <c>s</c>, <c>n</c>, <c>k</c>). Every character of the source is
/// HTML-encoded, so code such as <c>a &lt; b &amp;&amp; s == "&lt;/pre&gt;"</c> can never break the page.
/// It is a lexer, not a parser: it only has to colour code the way an editor would at a glance.
/// </summary>
internal static class CSharpHighlighter
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "record", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static",
        "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe",
        "ushort", "using", "var", "virtual", "void", "volatile", "while", "async", "await", "get", "set", "init", "nameof",
        "when", "with", "yield", "and", "or", "not",
    };

    /// <summary>The HTML for <paramref name="source"/>: encoded text with highlighting spans, to go inside <c>&lt;pre&gt;&lt;code&gt;</c>.</summary>
    public static string ToHtml(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var html = new StringBuilder(source.Length * 2);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            int end;
            string? css;
            if (c == '/' && next == '/')
            {
                (end, css) = (LineEnd(source, i), "c");
            }
            else if (c == '/' && next == '*')
            {
                (end, css) = (After(source, i + 2, "*/"), "c");
            }
            else if (StringStart(source, i) is { } literalEnd)
            {
                (end, css) = (literalEnd, "s");
            }
            else if (c == '\'')
            {
                (end, css) = (QuotedEnd(source, i + 1, '\'', escapes: true), "s");
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
            {
                end = i + 1;
                while (end < source.Length && (char.IsAsciiLetterOrDigit(source[end]) || source[end] is '.' or '_'))
                {
                    end++;
                }

                css = "n";
            }
            else if (char.IsLetter(c) || c is '_' or '@')
            {
                end = i + 1;
                while (end < source.Length && (char.IsLetterOrDigit(source[end]) || source[end] == '_'))
                {
                    end++;
                }

                css = Keywords.Contains(source[i..end]) ? "k" : null;
            }
            else
            {
                (end, css) = (i + 1, null);
            }

            Append(html, source[i..end], css);
            i = end;
        }

        return html.ToString();
    }

    private static void Append(StringBuilder html, string text, string? css)
    {
        if (css is null)
        {
            html.Append(WebUtility.HtmlEncode(text));
            return;
        }

        html.Append("<span class=\"").Append(css).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</span>");
    }

    /// <summary>Where a string literal starting at <paramref name="at"/> ends (regular, verbatim, interpolated or raw), or null if none starts there.</summary>
    private static int? StringStart(string source, int at)
    {
        var i = at;
        var verbatim = false;
        while (i < source.Length && source[i] is '$' or '@')
        {
            verbatim |= source[i] == '@';
            i++;
        }

        if (i >= source.Length || source[i] != '"')
        {
            return null;
        }

        var quotes = 0;
        while (i + quotes < source.Length && source[i + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            return After(source, i + quotes, new string('"', quotes));
        }

        return verbatim ? VerbatimEnd(source, i + 1) : QuotedEnd(source, i + 1, '"', escapes: true);
    }

    private static int QuotedEnd(string source, int from, char quote, bool escapes)
    {
        for (var i = from; i < source.Length; i++)
        {
            if (escapes && source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == quote || source[i] == '\n')
            {
                return i + 1;
            }
        }

        return source.Length;
    }

    private static int VerbatimEnd(string source, int from)
    {
        for (var i = from; i < source.Length; i++)
        {
            if (source[i] != '"')
            {
                continue;
            }

            if (i + 1 < source.Length && source[i + 1] == '"')
            {
                i++;
                continue;
            }

            return i + 1;
        }

        return source.Length;
    }

    private static int LineEnd(string source, int from)
    {
        var end = source.IndexOf('\n', from);
        return end < 0 ? source.Length : end;
    }

    private static int After(string source, int from, string terminator)
    {
        var end = source.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? source.Length : end + terminator.Length;
    }
}
