using DecodingChoices.Grading.Compilation;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// The code of each visible check, as a student would read it in the checks' file: the statements of
/// the method body, without its braces and indented from column 0. Exercism shows it as <c>test_code</c>.
/// Hidden checks have no code here: their source is not part of the grader's embedded files.
/// </summary>
public static class CheckSource
{
    /// <summary>What Exercism's <c>test_code</c> says for a hidden check.</summary>
    public const string HiddenNotice = "// A hidden check: its code and inputs are not shown.";

    private static readonly Lazy<Dictionary<string, string>> Bodies = new(Load);

    /// <summary>The body of <paramref name="check"/>, or <see cref="HiddenNotice"/> for a hidden check.</summary>
    public static string For(GradingCheck check)
    {
        if (check.IsHidden)
        {
            return HiddenNotice;
        }

        var key = $"{check.Definition.ChecksType.Name}.{check.Definition.Name}";
        return Bodies.Value.TryGetValue(key, out var body)
            ? body
            : $"// The source of {key} was not embedded in the grader.";
    }

    private static Dictionary<string, string> Load()
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, text) in ShippedSources.VisibleChecks())
        {
            var root = CSharpSyntaxTree.ParseText(text).GetRoot();
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (method.Parent is not TypeDeclarationSyntax type)
                {
                    continue;
                }

                var key = $"{type.Identifier.Text}.{method.Identifier.Text}";
                if (method.Body is { } body)
                {
                    bodies[key] = Dedent(body.Statements.ToFullString());
                }
                else if (method.ExpressionBody is { } expression)
                {
                    bodies[key] = Dedent(expression.Expression.ToFullString()) + ";";
                }
            }
        }

        return bodies;
    }

    /// <summary>Removes the indentation the lines share, and blank lines at both ends.</summary>
    internal static string Dedent(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));
    }
}
