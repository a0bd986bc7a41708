using DecodingChoices.Course;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.PublicSurface;

/// <summary>
/// What a student sees in autocomplete: the public types of the toolkit, the one course assembly the student
/// track compiles against. The engine (kernels, the row-space reduction, the resampling tests, the file readers)
/// is internal, so calling the reference kernels from an exercise does not compile. A new public type must be a
/// deliberate decision: add it to approved-public-types.txt beside this file.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly string ApprovedFile = Path.Combine(AppContext.BaseDirectory, "PublicSurface", "approved-public-types.txt");

    [Fact]
    public void The_toolkits_public_types_are_the_approved_ones()
    {
        var actual = typeof(ICourseExercises).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
        var approved = File.ReadAllLines(ApprovedFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Order(StringComparer.Ordinal).ToList();
        actual.Except(approved).ShouldBeEmpty("public types not on the approved list (make them internal, or approve them in tests/Toolkit.Tests/PublicSurface/approved-public-types.txt)");
        approved.Except(actual).ShouldBeEmpty("approved types that are no longer public (remove them from the list)");
    }

    [Fact]
    public void The_reference_kernels_are_not_part_of_it()
    {
        var exported = typeof(ICourseExercises).Assembly.GetExportedTypes().Select(t => t.Name).ToList();
        exported.ShouldNotContain("LogisticKernels");
        exported.ShouldNotContain("RowSpaceReduction");
        exported.ShouldNotContain("ShuffleTest");
        exported.ShouldNotContain("PermutationTest");
    }
}
