using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Sandboxed;

/// <summary>
/// What the hostile batch (Hostile/README.md) may and may not achieve: honest students keep full marks and the
/// very results they get alone; no hostile student earns more than its honest 1A; nothing of the hidden checks
/// reaches a student-facing file; nothing started by a submission survives the batch, reaches the network or
/// writes outside its sandbox; the batch ends within its budget.
/// </summary>
[Collection(HostileBatchCollection.Name)]
public sealed class HostileBatchTests(HostileBatch batch)
{
    /// <summary>What each hostile student's honest work (the correct TransformInputs.cs) earns: exercise 1A.</summary>
    private const int HonestWork = 12;

    private static readonly string[] StudentFacing = [ResultFiles.Gradescope, ResultFiles.Exercism];

    [SandboxFact]
    public void Every_honest_student_gets_full_points()
    {
        foreach (var student in HostileBatch.Honest)
        {
            batch[student].Score.ShouldBe(batch[student].MaxScore, $"{student}: {SubmissionNotes.For(batch[student])}");
        }
    }

    [SandboxFact]
    public void No_hostile_student_earns_more_than_its_honest_work()
    {
        foreach (var result in batch.Result.Submissions.Where(r => !HostileBatch.Honest.Contains(r.Student)))
        {
            result.Score.ShouldBeLessThanOrEqualTo(HonestWork, $"{result.Student}: {SubmissionNotes.For(result)}");
        }
    }

    [SandboxFact]
    public void The_attacks_that_compile_keep_their_honest_work()
    {
        // The sandbox, not a compile error, stopped these: their 1A still counts. (forge is not here: its module
        // initializer writes forged frames into its own channel, which costs its own calls, 1A included.)
        foreach (var student in new[] { "reach-slips", "vandal", "child-process", "network", "native-bomb", "managed-bomb", "exit", "reach-caught", "huge-file" })
        {
            batch[student].ScoreFor(Course.Exercise.TransformInputs).ShouldBe(HonestWork, $"{student}: {SubmissionNotes.For(batch[student])}");
        }
    }

    [SandboxFact]
    public void Honest_results_match_a_batch_without_the_hostile_students()
    {
        foreach (var student in HostileBatch.Honest)
        {
            foreach (var file in StudentFacing.Append(ResultFiles.JUnit))
            {
                Comparable(Path.Combine(batch.Out, student, file)).ShouldBe(Comparable(Path.Combine(batch.BaselineOut, student, file)), $"{student}/{file}");
            }
        }
    }

    [SandboxFact]
    public void The_gradebook_is_the_graders_own()
    {
        var gradebook = File.ReadAllText(batch.Result.GradebookPath);
        gradebook.ShouldStartWith(string.Join(",", Gradebook.Columns));
        gradebook.ShouldNotContain("vandalised");
        foreach (var student in HostileBatch.Honest)
        {
            gradebook.ShouldContain($"\n{student},12,12,12,14,12,12,74,74,graded,");
        }
    }

    [SandboxFact]
    public void Nothing_of_the_hidden_checks_reaches_a_student_facing_file()
    {
        var secrets = HiddenCheckMethodNames().Append(HostileBatch.HiddenSeed.ToString(CultureInfo.InvariantCulture)).ToList();
        secrets.Count.ShouldBeGreaterThan(6);
        foreach (var student in batch.Result.Submissions.Select(r => r.Student))
        {
            foreach (var file in StudentFacing)
            {
                var text = File.ReadAllText(Path.Combine(batch.Out, student, file));
                foreach (var secret in secrets)
                {
                    text.ShouldNotContain(secret, Case.Sensitive, $"{student}/{file}");
                }
            }
        }
    }

    [SandboxFact]
    public void The_thief_found_nothing_to_print()
    {
        // reach-slips prints whatever it reads: the sandbox shows it no repository, no other submission, no data.
        var output = File.ReadAllText(Path.Combine(batch.Out, "reach-slips", ResultFiles.Gradescope));
        output.ShouldContain($"{batch.Marker} denied");
        output.ShouldNotContain("namespace DecodingChoices");
        output.ShouldNotContain("DecodingChoices.Solutions,");
        output.ShouldNotContain("trial,");
    }

    [SandboxFact]
    public void No_process_started_by_a_submission_outlives_the_batch()
    {
        var alive = Directory.GetDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Select(d => (Pid: Path.GetFileName(d), CommandLine: ReadCommandLine(d)))
            .Where(p => p.CommandLine.Contains(batch.Marker, StringComparison.Ordinal))
            .ToList();
        alive.ShouldBeEmpty(string.Join("; ", alive.Select(p => $"{p.Pid}: {p.CommandLine}")));
    }

    [SandboxFact]
    public void Nothing_was_written_outside_the_sandbox()
    {
        Directory.GetFiles(Path.GetTempPath(), $"pwned-{batch.Marker}*").ShouldBeEmpty();
        Directory.GetFiles("/tmp", $"pwned-{batch.Marker}*").ShouldBeEmpty();
        batch.DataUnchanged.ShouldBeTrue("the bundled data file changed");
        File.ReadAllText(Path.Combine(batch.Submissions, "honest-b", "LogisticLoss.cs")).ShouldNotContain("vandalised");
    }

    [SandboxFact]
    public void No_connection_reaches_the_network()
    {
        batch.Connections.ShouldBe(0);
    }

    [SandboxFact]
    public void Completes_within_its_budget()
    {
        batch.Result.Elapsed.ShouldBeLessThan(batch.Options.BatchBudget(batch.Students));
    }

    /// <summary>The text of a results file without what differs from one run to the next (times).</summary>
    private static string Comparable(string path)
    {
        var text = File.ReadAllText(path);
        if (path.EndsWith(".xml", StringComparison.Ordinal))
        {
            return System.Text.RegularExpressions.Regex.Replace(text, "time=\"[0-9.]+\"", "time=\"\"");
        }

        var json = JsonNode.Parse(text)!;
        Strip(json);
        return json.ToJsonString();
    }

    private static void Strip(JsonNode node)
    {
        if (node is JsonObject o)
        {
            o.Remove("execution_time");
            foreach (var (_, child) in o.ToList())
            {
                if (child is not null)
                {
                    Strip(child);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a.OfType<JsonNode>())
            {
                Strip(child);
            }
        }
    }

    private static IEnumerable<string> HiddenCheckMethodNames() =>
        typeof(HiddenChecks.HiddenExerciseChecks).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute))
            .SelectMany(m => new[] { m.Name, m.Name.Replace('_', ' ') })
            .Distinct();

    private static string ReadCommandLine(string procFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procFolder, "cmdline")).Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
