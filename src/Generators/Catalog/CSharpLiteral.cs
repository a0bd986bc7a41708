using System.Globalization;
using System.Text;

namespace DecodingChoices.Generators.Catalog;

/// <summary>Writes a string as a C# regular string literal, so any manifest text compiles back to itself.</summary>
internal static class CSharpLiteral
{
    /// <summary>
    /// <c>"…"</c> with <c>\\</c>, <c>\"</c> and the control characters escaped, as well as the characters C# reads as
    /// line breaks (U+0085, U+2028, U+2029). Other characters such as θ and σ are written as they are.
    /// </summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        return text.Append('"').ToString();
    }
}
