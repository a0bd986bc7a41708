using System.Diagnostics;
using DecodingChoices.Course;
using DecodingChoices.Shapes;

namespace DecodingChoices.Autograder;

/// <summary>
/// Turns an exception thrown by exercise code into a failed check that says which exercise threw,
/// where, and what usually causes it.
/// </summary>
public static class StudentCodeFailure
{
    /// <summary>The key in <see cref="Exception.Data"/> of a failure that an earlier exercise's code caused: that exercise's id.</summary>
    public const string WaitingForKey = "DecodingChoices.WaitingFor";

    /// <summary>The "actual" of a stub's failure: the exercise's own method still throws <see cref="NotImplementedException"/>.</summary>
    public const string NotWrittenYet = "not written yet";

    private static Exercise? _nextStep;

    /// <summary>
    /// Forgets which unwritten exercise was seen first. A run of checks in the tutorial's order (<see cref="CheckRunner.RunAll"/>,
    /// or <c>dotnet test</c>, which orders them too) calls the first stub it meets "the next step" and no later one.
    /// </summary>
    public static void BeginRun() => Volatile.Write(ref _nextStep, null);

    /// <summary>The earlier exercise whose code made this failure (a stub it calls, or a crash inside it), or null.</summary>
    public static Exercise? WaitingFor(ExerciseCheckException failure) =>
        failure?.Data[WaitingForKey] is string id ? Exercise.Find(id) : null;

    /// <summary>The failed check for <paramref name="exception"/>, thrown while checking <paramref name="exercise"/>.</summary>
    public static ExerciseCheckException From(Exercise exercise, string check, Exception exception, ulong? seed)
    {
        var thrower = ThrowingExercise(exception) ?? exercise;
        var where = Location(exception);
        var typeName = exception is RemoteStudentException remote ? remote.TypeName : exception.GetType().Name;
        if (exception is NotImplementedException || typeName == nameof(NotImplementedException))
        {
            if (thrower != exercise)
            {
                return Waiting(new ExerciseCheckException(exercise, check, FailureKind.NotImplemented,
                    $"{exercise.Method} to return a result", $"{thrower.Method} is not written yet",
                    $"{exercise.Method} calls {thrower.Method}: finish {thrower.Label} first (waiting for {thrower.Id})."), thrower);
            }

            var next = Interlocked.CompareExchange(ref _nextStep, exercise, null) ?? exercise;
            var hint = next == exercise
                ? $"This is the next step: read {exercise.InstructionsPath}, write {exercise.Method}, and run the tests again."
                : $"Read {exercise.InstructionsPath} when you get here; the next step is {next.Label}.";
            return new ExerciseCheckException(exercise, check, FailureKind.NotImplemented,
                $"{exercise.Method} to return a result", NotWrittenYet, hint);
        }

        if (exception is ShapeMismatchException shapes)
        {
            var expected = string.Join("; ", shapes.Conflicts.Select(c =>
                c.IsResult ? $"{shapes.Method} to return '{c.Dimension}' = {c.Expected} values" : $"{c.Argument} with '{c.Dimension}' = {c.Expected}"));
            var shapeHint = shapes.Conflicts.Select(c => c.Hint).FirstOrDefault(h => h is not null)
                ?? "Check which dimension each loop runs over: X.GetLength(0) is trials (rows), X.GetLength(1) neurons (columns).";
            return new ExerciseCheckException(exercise, check, FailureKind.ShapeMismatch, expected, shapes.Message, shapeHint, seed);
        }

        var actual = $"{exercise.Method} threw {typeName}: {exception.Message}{where}";
        if (thrower != exercise)
        {
            actual += $" (inside {thrower.Method}, which {exercise.Method} calls)";
        }

        var crashed = new ExerciseCheckException(exercise, check, FailureKind.Crashed, $"{exercise.Method} to return a result", actual, HintFor(exception), seed, exception);
        return thrower == exercise ? crashed : Waiting(crashed, thrower);
    }

    private static ExerciseCheckException Waiting(ExerciseCheckException failure, Exercise cause)
    {
        failure.Data[WaitingForKey] = cause.Id;
        return failure;
    }

    private static string HintFor(Exception exception) => exception switch
    {
        RemoteStudentException remote => HintFor(remote.TypeName switch
        {
            nameof(IndexOutOfRangeException) => new IndexOutOfRangeException(),
            nameof(NullReferenceException) => new NullReferenceException(),
            nameof(ArgumentException) or nameof(ArgumentOutOfRangeException) or nameof(ArgumentNullException) => new ArgumentException(),
            nameof(OverflowException) => new OverflowException(),
            _ => new InvalidOperationException(),
        }),
        IndexOutOfRangeException =>
            "An index went past the end of an array. X.GetLength(0) is the number of trials (rows), X.GetLength(1) the number of neurons (columns); theta has one entry per neuron, z, h and y one per trial. Check each loop's bound against the array it indexes.",
        NullReferenceException => "Something was null: did you return an array you never created with new double[...]?",
        ArgumentException => "A method rejected one of its arguments: read the exception's message for which one.",
        OverflowException => "A conversion overflowed: keep the arithmetic in double.",
        _ => "Read the exception's message and the line it points at; run the check alone with dotnet test --filter to debug it.",
    };

    private static Exercise? ThrowingExercise(Exception exception)
    {
        if (exception is RemoteStudentException remote)
        {
            return remote.ThrowingMethod.Length > 0 ? Exercise.Find(remote.ThrowingMethod) : null;
        }

        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
        {
            var method = frame.GetMethod();
            if (method?.DeclaringType?.GetInterfaces().Contains(typeof(ICourseExercises)) == true && Exercise.Find(method.Name) is { } exercise)
            {
                return exercise;
            }
        }

        return null;
    }

    private static string Location(Exception exception)
    {
        if (exception is RemoteStudentException remote)
        {
            return remote.Location;
        }

        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() is { } file && file.Contains("Exercises", StringComparison.Ordinal));
        return frame is null ? "" : $" (at {Path.GetFileName(frame.GetFileName())}, line {frame.GetFileLineNumber()})";
    }
}
