namespace DecodingChoices.Grading.Tests;

/// <summary>Where the tests find their fixtures and the course runner they start as grading workers.</summary>
internal static class TestPaths
{
    /// <summary>The fixture submissions, copied beside the tests.</summary>
    public static string Submissions => Path.Combine(AppContext.BaseDirectory, "Submissions");

    /// <summary>The instructor tool (built because the tests reference it): its <c>grade-one</c> command is the worker.</summary>
    public static string CourseDll => Path.Combine(AppContext.BaseDirectory, "course-instructor.dll");

    /// <summary>A new empty folder under the system's temp folder.</summary>
    public static string NewTemporaryFolder() => Directory.CreateTempSubdirectory("grading-tests-").FullName;
}
