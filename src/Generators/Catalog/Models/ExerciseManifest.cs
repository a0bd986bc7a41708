namespace DecodingChoices.Generators.Catalog.Models;

/// <summary>
/// One exercise as its <c>exercise.json</c> declares it, every field present and of the right type: strings,
/// numbers and equatable arrays only, so the pipeline can tell that a re-read manifest did not change.
/// </summary>
/// <param name="Path">The manifest's path, for diagnostics.</param>
/// <param name="Folder">The name of the folder that holds it, such as <c>1B-Sigmoid</c>.</param>
/// <param name="Id">The tutorial's label, such as <c>1B</c>.</param>
/// <param name="Method">The method of <c>ICourseExercises</c> the student writes.</param>
/// <param name="Title">What the step computes.</param>
/// <param name="Task">The task number, 1 for the first step.</param>
/// <param name="Points">The points of the step's visible checks.</param>
/// <param name="Files">The files a student submits, the method's file first.</param>
/// <param name="Stub">The <c>stub</c> object.</param>
/// <param name="IdSpot">Where the id is written (duplicate ids are reported there).</param>
/// <param name="MethodSpot">Where the method is written.</param>
/// <param name="TaskSpot">Where the task number is written.</param>
internal sealed record ExerciseManifest(
    string Path,
    string Folder,
    string Id,
    string Method,
    string Title,
    int Task,
    int Points,
    EquatableArray<string> Files,
    ManifestStub Stub,
    ManifestSpot IdSpot,
    ManifestSpot MethodSpot,
    ManifestSpot TaskSpot);
