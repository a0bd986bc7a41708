using System.Xml.Linq;
using DecodingChoices.Grading.Results;
using DecodingChoices.Grading.Tests.Batch;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Formats;

/// <summary>Each student's junit.xml from the fixture batch: the element and attribute list CI reporters read.</summary>
[Collection(GradedBatchCollection.Name)]
public sealed class JUnitResultsTests(GradedBatch batch)
{
    private static readonly string[] SuiteAttributes = ["name", "tests", "failures", "errors", "skipped", "time"];

    [Theory]
    [MemberData(nameof(GradescopeResultsTests.Students), MemberType = typeof(GradescopeResultsTests))]
    public void Follows_the_junit_structure_and_its_counts_add_up(string student)
    {
        var root = Read(student).Root!;
        root.Name.LocalName.ShouldBe("testsuites");
        var suites = root.Elements().ToList();
        suites.ShouldAllBe(s => s.Name.LocalName == "testsuite");
        foreach (var suite in suites)
        {
            SuiteAttributes.ShouldAllBe(a => suite.Attribute(a) != null);
            var cases = suite.Elements("testcase").ToList();
            suite.Elements().Select(e => e.Name.LocalName).ShouldAllBe(n => n == "testcase" || n == "properties");
            ((int)suite.Attribute("tests")!).ShouldBe(cases.Count);
            ((int)suite.Attribute("failures")!).ShouldBe(cases.Count(c => c.Element("failure") != null));
            ((int)suite.Attribute("errors")!).ShouldBe(cases.Count(c => c.Element("error") != null));
            ((int)suite.Attribute("skipped")!).ShouldBe(cases.Count(c => c.Element("skipped") != null));
            foreach (var testCase in cases)
            {
                testCase.Attribute("classname").ShouldNotBeNull();
                testCase.Attribute("name").ShouldNotBeNull();
                double.Parse(testCase.Attribute("time")!.Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0);
                testCase.Elements().Select(e => e.Name.LocalName).ShouldAllBe(n => n == "failure" || n == "error" || n == "skipped" || n == "system-out");
                foreach (var problem in testCase.Elements().Where(e => e.Name.LocalName is "failure" or "error"))
                {
                    problem.Attribute("message").ShouldNotBeNull();
                    problem.Attribute("type").ShouldNotBeNull();
                }
            }
        }

        ((int)root.Attribute("tests")!).ShouldBe(suites.Sum(s => (int)s.Attribute("tests")!));
    }

    [Fact]
    public void Names_hidden_checks_in_full_for_the_instructor()
    {
        var hidden = Read("partly-correct").Descendants("testcase")
            .Single(c => c.Attribute("name")!.Value == "Matches_the_reference_on_a_single_trial");
        hidden.Attribute("classname")!.Value.ShouldBe("DecodingChoices.HiddenChecks.Exercise1D_LogisticLossHiddenChecks");
        hidden.Element("failure")!.Value.ShouldContain("Expected: J on one trial =");
    }

    [Fact]
    public void A_timeout_is_an_error_and_the_checks_it_stopped_are_skipped()
    {
        var suite = Read("infinite-loop").Descendants("testsuite").Single(s => s.Attribute("name")!.Value == "Exercise 1D (LogisticLoss)");
        var cases = suite.Elements("testcase").ToList();
        cases[0].Element("error")!.Attribute("type")!.Value.ShouldBe("TimedOut");
        cases[0].Element("error")!.Attribute("message")!.Value.ShouldBe("timed out after 6 s in LogisticLoss");
        cases.Skip(1).ShouldAllBe(c => c.Element("skipped") != null);
    }

    [Fact]
    public void A_compile_error_has_its_own_suite()
    {
        var suite = Read("does-not-compile").Descendants("testsuite").First();
        suite.Attribute("name")!.Value.ShouldBe("Compilation");
        suite.Element("testcase")!.Element("error")!.Value.ShouldContain("error CS1002");
    }

    [Fact]
    public void Keeps_what_the_student_printed_as_system_out()
    {
        Read("console-spam").Descendants("system-out").ShouldContain(e => e.Value.Contains("TransformInputs: X is", StringComparison.Ordinal));
    }

    private XDocument Read(string student) => XDocument.Load(batch.FileOf(student, ResultFiles.JUnit));
}
