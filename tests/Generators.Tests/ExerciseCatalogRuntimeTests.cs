using System.Text.Json;
using DecodingChoices.Course;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// The toolkit's runtime <see cref="Exercise.All"/>, compiled from the generated catalog, says what the manifests
/// in <c>src/Exercises</c> say: read here with System.Text.Json, independently of the generator's own JSON reader.
/// </summary>
public sealed class ExerciseCatalogRuntimeTests
{
    [Fact]
    public void ExerciseAll_EqualsTheManifests_InTaskOrder()
    {
        var manifests = RepositoryFiles.Manifests()
            .Select(manifest => (Folder: Path.GetFileName(Path.GetDirectoryName(manifest.Path)!), Json: JsonDocument.Parse(manifest.Text).RootElement))
            .OrderBy(manifest => manifest.Json.GetProperty("task").GetInt32())
            .ToList();

        manifests.ShouldNotBeEmpty();
        Exercise.All.Count.ShouldBe(manifests.Count);
        foreach (var (exercise, (folder, json)) in Exercise.All.Zip(manifests))
        {
            exercise.Id.ShouldBe(json.GetProperty("id").GetString());
            exercise.Method.ShouldBe(json.GetProperty("method").GetString());
            exercise.Title.ShouldBe(json.GetProperty("title").GetString());
            exercise.Task.ShouldBe(json.GetProperty("task").GetInt32());
            exercise.Points.ShouldBe(json.GetProperty("points").GetInt32());
            exercise.Files.ShouldBe(Strings(json.GetProperty("files")));
            exercise.Folder.ShouldBe(folder);
            var stub = json.GetProperty("stub");
            exercise.Stub.Usings.ShouldBe(Strings(stub.GetProperty("usings")));
            exercise.Stub.Comments.ShouldBe(Strings(stub.GetProperty("comments")));
            exercise.Stub.Task.ShouldBe(stub.GetProperty("task").GetString());
        }
    }

    [Fact]
    public void TasksAreNumberedOneToN()
    {
        Exercise.All.Select(exercise => exercise.Task).ShouldBe(Enumerable.Range(1, Exercise.All.Count));
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];
}
