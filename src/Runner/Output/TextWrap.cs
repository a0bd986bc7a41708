using System.Text;

namespace DecodingChoices.Runner.Output;

/// <summary>Word wrapping for paragraphs printed to the console.</summary>
internal static class TextWrap
{
    /// <summary>
    /// Breaks <paramref name="text"/> into lines of at most <paramref name="width"/> characters at spaces
    /// (a longer word gets a line of its own); lines after the first start with <paramref name="indent"/>.
    /// </summary>
    public static IEnumerable<string> Lines(string text, int width, string indent = "")
    {
        var line = new StringBuilder();
        var wordsOnLine = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (wordsOnLine > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
                wordsOnLine = 0;
            }

            line.Append(wordsOnLine > 0 ? " " : "").Append(word);
            wordsOnLine++;
        }

        if (wordsOnLine > 0)
        {
            yield return line.ToString();
        }
    }
}
