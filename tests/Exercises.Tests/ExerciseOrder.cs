using System.Reflection;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("DecodingChoices.Exercises.Tests.ExerciseOrder", "DecodingChoices.Exercises.Tests")]
[assembly: TestCaseOrderer("DecodingChoices.Exercises.Tests.ExerciseOrder", "DecodingChoices.Exercises.Tests")]
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace DecodingChoices.Exercises.Tests;

/// <summary>
/// Runs the checks in the tutorial's order: one collection per exercise class (Exercise1A_… before Exercise1B_…, which
/// their names already sort into), and each exercise's checks in the order they are written. So the first stub met
/// is 1A's, the only one that calls itself "the next step", and failures read top to bottom as the tutorial goes.
/// The first time it is asked, it also says which track is graded (shown by <c>dotnet test</c> because
/// xunit.runner.json turns on diagnostic messages).
/// </summary>
[CaptureStudentOutput]
public sealed class ExerciseOrder(IMessageSink diagnostics) : ITestCollectionOrderer, ITestCaseOrderer
{
    private static int _announced;

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        if (Interlocked.Exchange(ref _announced, 1) == 0)
        {
            var folder = CurrentTrack.Name == "Exercises" ? "your code in src/Exercises" : $"src/{CurrentTrack.Name}";
            diagnostics.OnMessage(new DiagnosticMessage($"Grading the {CurrentTrack.Name} track ({folder}), exercise by exercise in the tutorial's order."));
        }

        return testCollections.OrderBy(c => c.DisplayName, StringComparer.Ordinal);
    }

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(c => c.TestMethod.TestClass.Class.Name, StringComparer.Ordinal)
            .ThenBy(c => c.TestMethod.Method is ReflectionMethodInfo m ? m.MethodInfo.MetadataToken : int.MaxValue)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
