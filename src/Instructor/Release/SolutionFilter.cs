using System.Text;
using System.Text.RegularExpressions;

namespace DecodingChoices.Instructor.Release;

/// <summary>
/// Writes the student repository's <c>Course.sln</c> from the instructor's: the same file with only the projects
/// that are released (and the solution folders), so the student's solution builds exactly what they have.
/// </summary>
internal static partial class SolutionFilter
{
    /// <summary>The solution text keeping the projects for which <paramref name="keep"/> is true (paths with '/').</summary>
    public static string Filter(string solution, Func<string, bool> keep)
    {
        var dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match project in ProjectLine().Matches(solution))
        {
            var path = project.Groups["path"].Value.Replace('\\', '/');
            var isFolder = !path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);
            if (!isFolder && !keep(path))
            {
                dropped.Add(project.Groups["guid"].Value);
            }
        }

        var text = new StringBuilder();
        var skipping = false;
        foreach (var line in solution.Split('\n'))
        {
            if (ProjectLine().Match(line) is { Success: true } start && dropped.Contains(start.Groups["guid"].Value))
            {
                skipping = true;
                continue;
            }

            if (skipping)
            {
                skipping = !line.TrimStart().StartsWith("EndProject", StringComparison.Ordinal);
                continue;
            }

            if (dropped.Any(guid => line.Contains(guid, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            text.Append(line).Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    [GeneratedRegex(@"^Project\(""\{[^}]+\}""\) = ""[^""]*"", ""(?<path>[^""]+)"", ""(?<guid>\{[^}]+\})""", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
