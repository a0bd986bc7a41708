using System.Diagnostics;
using DecodingChoices.Course;
using DecodingChoices.Grading.Protocol;
using DecodingChoices.Randomness;

namespace DecodingChoices.Grading.Worker;

/// <summary>
/// Evaluates one request on the student's track: decodes the arguments, calls the method on a fresh
/// instance (as the checks did in-process), and encodes what it returned or threw. No check, expected
/// value or seed of the grader is here: only the call's own inputs.
/// </summary>
internal sealed class ExerciseDispatcher(Type trackType)
{
    private const int MessageCap = 2000;

    /// <summary>The reply to <paramref name="request"/>, without its captured output (the caller appends it).</summary>
    public WireWriter Evaluate(byte[] request)
    {
        var reader = new WireReader(request);
        var method = (WorkerMethod)reader.Byte();
        var reply = new WireWriter();
        try
        {
            var track = (ICourseExercises)Activator.CreateInstance(trackType)!;
            switch (method)
            {
                case WorkerMethod.TransformInputs:
                    Return(reply).Doubles(track.TransformInputs(reader.Doubles()!, reader.Matrix()!));
                    break;
                case WorkerMethod.Sigmoid:
                    Return(reply).Doubles(track.Sigmoid(reader.Doubles()!));
                    break;
                case WorkerMethod.ComputeH:
                    Return(reply).Doubles(track.ComputeH(reader.Doubles()!, reader.Matrix()!));
                    break;
                case WorkerMethod.LogisticLoss:
                    Return(reply).Double(track.LogisticLoss(reader.Doubles()!, reader.Matrix()!, reader.Ints()!));
                    break;
                case WorkerMethod.EvaluateAccuracy:
                    Return(reply).Double(track.EvaluateAccuracy(reader.Doubles()!, reader.Matrix()!, reader.Ints()!));
                    break;
                case WorkerMethod.ShuffledAccuracies:
                    var (x, y, shuffles) = (reader.Matrix()!, reader.Ints()!, reader.Int());
                    var random = reader.Random() is var state ? SeededRandom.FromState(state) : null!;
                    var accuracies = track.ShuffledAccuracies(x, y, shuffles, random);
                    Return(reply).Doubles(accuracies).Random(random.State);
                    break;
                default:
                    throw new InvalidDataException($"Unknown method {(byte)method}.");
            }
        }
        catch (Exception e)
        {
            var thrown = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
            reply = new WireWriter().Byte((byte)WorkerReplyKind.Threw);
            Describe(thrown, reply);
        }

        return reply;
    }

    private static WireWriter Return(WireWriter reply) => reply.Byte((byte)WorkerReplyKind.Returned);

    /// <summary>The exception as data: its type, message, the student line it came from, and the exercise method that threw.</summary>
    private static void Describe(Exception exception, WireWriter reply)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames();
        var located = frames.FirstOrDefault(f => f.GetFileName() is { } file && file.Contains("Exercises", StringComparison.Ordinal));
        var location = located is null ? "" : $" (at {Path.GetFileName(located.GetFileName())}, line {located.GetFileLineNumber()})";
        var thrower = frames.Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.GetInterfaces().Contains(typeof(ICourseExercises)) == true && Exercise.Find(m.Name) is not null);
        var message = exception.Message.Length > MessageCap ? exception.Message[..MessageCap] + "…" : exception.Message;
        reply.String(exception.GetType().Name).String(message).String(location).String(thrower?.Name ?? "");
    }
}
