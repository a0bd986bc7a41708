using System.Text;

namespace DecodingChoices.Generators;

/// <summary>Builds generated source line by line with four-space indentation and <c>\n</c> line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
    }

    /// <summary>Writes <c>{</c> and indents what follows.</summary>
    public void Open()
    {
        Line("{");
        _indent++;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>Indents the lines that follow, until <see cref="Unindent"/> (for continuation lines).</summary>
    public void Indent() => _indent++;

    /// <summary>Ends an <see cref="Indent"/>.</summary>
    public void Unindent() => _indent--;

    public override string ToString() => _text.ToString();
}
