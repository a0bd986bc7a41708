using System.Reflection;
using System.Runtime.Loader;
using DecodingChoices.Course;
using DecodingChoices.Grading.Protocol;
using DecodingChoices.Grading.Worker;

// The grading worker: `DecodingChoices.Grading.Worker SUBMISSION.dll [OUTPUT-CAP]`.
// Order matters: the private channel and the console capture exist before the submission is loaded, so
// a module initializer or static constructor that prints or writes "results" to stdout reaches neither the grader nor anyone.
const int MaxRequest = 256 * 1024 * 1024;
const string TrackType = "DecodingChoices.Exercises.StudentExercises";

var channel = PrivateChannel.Open();
var capacity = args.Length > 1 && int.TryParse(args[1], out var cap) ? cap : 8000;
var output = CallOutput.Install(capacity);
if (args.Length < 1)
{
    Reply(new WireWriter().Byte((byte)WorkerReplyKind.LoadFailed).String("The worker needs the path of the compiled submission."));
    return 2;
}

Type track;
try
{
    var assembly = new AssemblyLoadContext("submission").LoadFromAssemblyPath(Path.GetFullPath(args[0]));
    track = assembly.GetType(TrackType)
        ?? throw new InvalidOperationException($"The submission has no class {TrackType}: the exercise files must keep 'namespace DecodingChoices.Exercises;' and 'public sealed partial class StudentExercises'.");
    if (!typeof(ICourseExercises).IsAssignableFrom(track) || track.GetConstructor(Type.EmptyTypes) is null)
    {
        throw new InvalidOperationException($"{TrackType} must implement ICourseExercises and keep its parameterless constructor.");
    }
}
catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or TypeLoadException or ReflectionTypeLoadException)
{
    Reply(new WireWriter().Byte((byte)WorkerReplyKind.LoadFailed).String(e.Message));
    return 3;
}

Reply(new WireWriter().Byte((byte)WorkerReplyKind.Returned));
var dispatcher = new ExerciseDispatcher(track);
while (Frames.Read(channel.Input, MaxRequest) is { } request)
{
    Reply(dispatcher.Evaluate(request));
}

// The grader closed the channel: end now, whatever threads the student's code left running.
Environment.Exit(0);
return 0;

void Reply(WireWriter reply)
{
    var (text, length) = output.Take();
    Frames.Write(channel.Output, reply.String(text).Long(length).ToArray());
}
