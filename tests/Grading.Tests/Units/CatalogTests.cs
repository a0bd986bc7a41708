using DecodingChoices.Autograder;
using DecodingChoices.Course;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>Points, hidden checks and numbering of the grading catalog, and the GitHub Classroom workflow that mirrors them.</summary>
public sealed class CatalogTests
{
    private static GradingCatalog Catalog => GradingCatalog.Default;

    [Fact]
    public void Every_visible_check_carries_points()
    {
        foreach (var check in CheckCatalog.All)
        {
            check.Method.IsDefined(typeof(PointsAttribute), inherit: false).ShouldBeTrue($"{check.Id} has no [Points]");
        }
    }

    [Fact]
    public void The_visible_checks_of_each_exercise_add_up_to_10_points()
    {
        foreach (var exercise in Exercise.All)
        {
            Catalog.For(exercise).Where(c => !c.IsHidden).Sum(c => c.Points).ShouldBe(10, exercise.Label);
        }
    }

    [Fact]
    public void Loads_the_instructors_hidden_checks_after_each_exercises_visible_ones()
    {
        Catalog.HasHiddenChecks.ShouldBeTrue();
        Catalog.Checks.Count(c => c.IsHidden).ShouldBe(7);
        Catalog.For(Exercise.LogisticLoss).Select(c => c.IsHidden).ShouldBe([false, false, false, false, false, false, false, false, true, true]);
        Catalog.MaxPoints().ShouldBe(74);
    }

    [Fact]
    public void Numbers_checks_by_task_and_position_and_names_hidden_ones_neutrally()
    {
        var loss = Catalog.For(Exercise.LogisticLoss).ToList();
        loss[0].Number.ShouldBe("4.1");
        loss[0].TaskId.ShouldBe(4);
        loss[8].StudentName.ShouldBe("Exercise 1D: hidden check 1 of 2");
        loss[8].Number.ShouldBe("4.9");
        Catalog.Checks.Select(c => c.Id).ShouldBeUnique();
    }

    [Fact]
    public void A_check_without_points_is_refused_with_where_to_add_them()
    {
        var check = CheckCatalog.All[0] with { Method = typeof(CatalogTests).GetMethod(nameof(A_check_without_points_is_refused_with_where_to_add_them))! };
        var error = Should.Throw<InvalidOperationException>(() => GradingCatalog.From([check], []));
        error.Message.ShouldContain("has no [Points(n)] attribute");
        error.Message.ShouldContain(nameof(A_check_without_points_is_refused_with_where_to_add_them));
    }
}
