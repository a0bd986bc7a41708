using DecodingChoices.Autograder;
using DecodingChoices.Autograder.Misconceptions;
using DecodingChoices.Course;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.SelfTests;

/// <summary>
/// The misconception catalog's own test: every entry, planted as a student's track (its one method wrong, the
/// others correct), must be rejected by its exercise's checks, and the first failing message of that exercise
/// must name it — by its own name, which no other message contains.
/// </summary>
public sealed class MisconceptionCatalogTests
{
    public static TheoryData<string> Entries() => [.. ExerciseMisconceptions.Everything.Select(m => m.ToString())];

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_planted_misconception_is_named_in_the_first_failing_message_of_its_exercise(string entry)
    {
        var misconception = ExerciseMisconceptions.Everything.Single(m => m.ToString() == entry);
        var outcomes = CheckRunner.RunAll(misconception.Plant(), CheckCatalog.For(misconception.Exercise));

        var first = outcomes.FirstOrDefault(o => !o.Passed).ShouldNotBeNull($"no check of {misconception.Exercise.Label} rejected '{misconception.Name}' (seed base {CheckSeed.Base})");
        var failure = first.Failure!;
        failure.Kind.ShouldBeOneOf([FailureKind.WrongAnswer, FailureKind.ShapeMismatch], failure.Message);
        failure.Misconception.ShouldBe(misconception.Name, $"first failing check {first.Check.Id} (seed base {CheckSeed.Base}):\n{failure.Message}");
        failure.Message.ShouldContain($"This looks like {misconception.Name}: ");
        failure.Hint.ShouldBe(misconception.Hint);
    }

    [Fact]
    public void Every_entry_has_a_name_of_its_own_an_explanation_and_a_hint()
    {
        var all = ExerciseMisconceptions.Everything;
        foreach (var exercise in Exercise.All)
        {
            all.Count(m => m.Exercise == exercise).ShouldBeGreaterThanOrEqualTo(8, $"{exercise.Label} has too few misconceptions");
        }

        all.GroupBy(m => m.ToString()).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("names must be unique per exercise");
        all.ShouldAllBe(m => m.Explanation.Length > 40 && m.Hint.Length > 10);
    }

    [Fact]
    public void The_correct_track_matches_no_entry()
    {
        foreach (var exercise in Exercise.All)
        {
            MisconceptionMatcher.Recognise(exercise, new CorrectTrack()).ShouldBeNull(exercise.Label);
        }
    }

    [Fact]
    public void A_track_with_two_mistakes_in_one_method_falls_back_to_the_checks_own_message()
    {
        // The loss summed (not averaged) and without its minus sign: no single entry, so nothing is named.
        var track = new PlantedTrack { LogisticLossAs = (_, theta, X, y) => -ReferenceMath.LogisticLoss(theta, X, y) * y.Length * 3 };
        var failure = CheckRunner.RunAll(track, CheckCatalog.For(Exercise.LogisticLoss)).First(o => !o.Passed).Failure!;
        failure.Misconception.ShouldBeNull(failure.Message);
        failure.Message.ShouldNotContain("This looks like");
    }
}
