using System.Globalization;
using System.Linq;
using DecodingChoices.Generators.Models;

namespace DecodingChoices.Generators;

/// <summary>
/// Reads one shape entry: a name (<c>trials</c>), a size (<c>1</c>), the wildcard (<c>*</c>) or a name
/// plus or minus a whole number (<c>neurons+1</c>). A name is a letter or underscore followed by letters,
/// digits or underscores.
/// </summary>
internal static class DimensionParser
{
    internal const string Vocabulary =
        "write a name (\"trials\"), a size (\"1\"), \"*\" or a name plus or minus a whole number (\"neurons+1\")";

    /// <summary>Parses <paramref name="text"/>, or says in <paramref name="problem"/> what is wrong with it.</summary>
    internal static bool TryParse(string? text, out DimensionModel dimension, out string problem)
    {
        dimension = default;
        problem = Reason(text);
        if (problem.Length > 0)
        {
            return false;
        }

        var entry = text!;
        if (entry == "*")
        {
            dimension = DimensionModel.Any;
            return true;
        }

        if (entry.All(IsDigit))
        {
            return TryNumber(entry, out var size, out problem) && Set(DimensionModel.Fixed(size), out dimension);
        }

        var sign = entry.IndexOfAny(['+', '-']);
        var name = sign < 0 ? entry : entry.Substring(0, sign);
        if (!IsName(name))
        {
            problem = $"\"{name}\" is not a name; {Vocabulary}";
            return false;
        }

        if (sign < 0)
        {
            return Set(DimensionModel.Named(name), out dimension);
        }

        var number = entry.Substring(sign + 1);
        if (number.Length == 0 || !number.All(IsDigit))
        {
            problem = $"after \"{name}{entry[sign]}\" a whole number must follow; {Vocabulary}";
            return false;
        }

        return TryNumber(number, out var offset, out problem)
            && Set(DimensionModel.Named(name, entry[sign] == '+' ? offset : -offset), out dimension);
    }

    /// <summary>True for a valid dimension name: a letter or underscore, then letters, digits or underscores.</summary>
    internal static bool IsName(string text) =>
        text.Length > 0
        && (char.IsLetter(text[0]) || text[0] == '_')
        && text.All(character => char.IsLetterOrDigit(character) || character == '_');

    private static string Reason(string? text) => text switch
    {
        null => $"it is null; {Vocabulary}",
        "" => $"it is empty; {Vocabulary}",
        _ when text.Contains(",") => "it holds a comma; give each dimension as its own string, as in [Shape(\"trials\", \"neurons\")]",
        _ when text.Any(char.IsWhiteSpace) => "it holds a space; write it without spaces, as in \"neurons+1\"",
        _ => "",
    };

    private static bool TryNumber(string digits, out int value, out string problem)
    {
        problem = "";
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        problem = $"{digits} is too large for an array size";
        return false;
    }

    private static bool IsDigit(char character) => character is >= '0' and <= '9';

    private static bool Set(DimensionModel parsed, out DimensionModel dimension)
    {
        dimension = parsed;
        return true;
    }
}
