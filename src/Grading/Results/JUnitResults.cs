using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DecodingChoices.Grading.Results;

/// <summary>
/// JUnit XML, the instructor's full record (CI reporters, GitLab and Jenkins read it): one
/// <c>&lt;testsuite&gt;</c> per exercise, one <c>&lt;testcase&gt;</c> per check named by its class and method,
/// hidden checks included with their real names, messages and seeds. A wrong result is a
/// <c>&lt;failure&gt;</c>; an exception or a timeout an <c>&lt;error&gt;</c>; a check that did not run is
/// <c>&lt;skipped&gt;</c>; what the code printed is the case's <c>&lt;system-out&gt;</c>. A submission that did
/// not compile gets a "Compilation" suite whose one case holds the compiler's errors.
/// </summary>
public static class JUnitResults
{
    /// <summary>The XML text of <paramref name="result"/>.</summary>
    public static string ToXml(SubmissionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var run = new[]
        {
            ("student", result.Student),
            ("status", Gradebook.StatusText(result.Status)),
            ("score", $"{result.Score}/{result.MaxScore}"),
            ("checks_seed", result.ChecksSeed.ToString(CultureInfo.InvariantCulture)),
            ("hidden_seed", result.HiddenSeed.ToString(CultureInfo.InvariantCulture)),
        };
        var suites = new List<XElement>();
        if (result.HasCompileErrors)
        {
            var errors = result.CompilerMessages.Where(m => m.IsError).ToList();
            suites.Add(Suite("Compilation", 1, 0, 1, 0, TimeSpan.Zero, run,
                [new XElement("testcase", new XAttribute("classname", "Compilation"), new XAttribute("name", "Submission compiles"), new XAttribute("time", "0"),
                    new XElement("error", new XAttribute("message", Clean(errors[0].ToString())), new XAttribute("type", "CompileError"), Clean(string.Join("\n", errors))))]));
        }

        foreach (var exercise in Course.Exercise.All)
        {
            var checks = result.For(exercise).ToList();
            (string, string)[] points = [("points", $"{result.ScoreFor(exercise)}/{result.MaxScoreFor(exercise)}")];
            suites.Add(Suite(exercise.Label,
                checks.Count,
                checks.Count(c => c.NotRunReason is null && c.Failure is { IsError: false }),
                checks.Count(c => c.NotRunReason is null && c.Failure is { IsError: true }),
                checks.Count(c => c.NotRunReason is not null),
                TimeSpan.FromTicks(checks.Sum(c => c.Elapsed.Ticks)),
                suites.Count == 0 ? [.. run, .. points] : points,
                [.. checks.Select(Case)]));
        }

        var root = new XElement("testsuites",
            new XAttribute("name", Clean($"Decoding Choices: {result.Student}")),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            new XAttribute("skipped", suites.Sum(s => (int)s.Attribute("skipped")!)),
            new XAttribute("time", Seconds(result.Elapsed)),
            suites);

        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return Encoding.UTF8.GetString(bytes.ToArray()) + "\n";
    }

    private static XElement Suite(string name, int tests, int failures, int errors, int skipped, TimeSpan time, (string Name, string Value)[] properties, XElement[] cases)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", name),
            new XAttribute("tests", tests),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("skipped", skipped),
            new XAttribute("time", Seconds(time)));
        if (properties.Length > 0)
        {
            suite.Add(new XElement("properties", properties.Select(p => Property(p.Name, p.Value))));
        }

        suite.Add(cases);
        return suite;
    }

    private static XElement Case(CheckResult result)
    {
        var check = result.Check;
        var testCase = new XElement("testcase",
            new XAttribute("classname", check.Definition.ChecksType.FullName ?? check.Definition.ChecksType.Name),
            new XAttribute("name", check.Definition.Name),
            new XAttribute("time", Seconds(result.Elapsed)));
        if (result.NotRunReason is { } reason)
        {
            testCase.Add(new XElement("skipped", new XAttribute("message", Clean(reason))));
        }
        else if (result.Failure is { } failure)
        {
            testCase.Add(new XElement(failure.IsError ? "error" : "failure",
                new XAttribute("message", Clean(failure.Actual)),
                new XAttribute("type", failure.Kind.ToString()),
                Clean(failure.Message)));
        }

        if (result.Output.Length > 0)
        {
            testCase.Add(new XElement("system-out", Clean(result.Output.Shorten(GradescopeResults.OutputLimit))));
        }

        return testCase;
    }

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", Clean(value)));

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The text with every character XML 1.0 cannot hold (most control characters, lone surrogates) replaced by U+FFFD.</summary>
    internal static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }
}
