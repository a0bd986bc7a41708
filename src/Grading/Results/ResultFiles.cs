using System.Text;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// Where one submission's results go, all written from the same <see cref="SubmissionResult"/>:
/// <c>gradescope/results.json</c>, <c>exercism/results.json</c> (each in a folder of its own because both
/// graders expect that exact file name) and <c>junit.xml</c>.
/// </summary>
public static class ResultFiles
{
    public const string Gradescope = "gradescope/results.json";
    public const string Exercism = "exercism/results.json";
    public const string JUnit = "junit.xml";

    /// <summary>Writes the three files of <paramref name="result"/> under <paramref name="folder"/>.</summary>
    public static void Write(SubmissionResult result, string folder)
    {
        WriteFile(folder, Gradescope, GradescopeResults.ToJson(result));
        WriteFile(folder, Exercism, ExercismResults.ToJson(result));
        WriteFile(folder, JUnit, JUnitResults.ToXml(result));
    }

    private static void WriteFile(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
