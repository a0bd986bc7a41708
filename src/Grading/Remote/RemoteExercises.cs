using System.Diagnostics;
using System.Text;
using DecodingChoices.Autograder;
using DecodingChoices.Course;
using DecodingChoices.Grading.Protocol;
using DecodingChoices.Randomness;

namespace DecodingChoices.Grading.Remote;

/// <summary>
/// The student's track as the checks see it, in the grader's process: each call is sent to the worker as
/// a frame (method and arguments), and what comes back (a result, or the exception student code threw) is
/// returned or thrown here, so the checks, their expected values and the hidden checks never leave the grader.
/// Every call waits at most until the current check's deadline; a worker that misses it is killed, and one
/// that dies is noted (<see cref="Stop"/>), and the next check starts a fresh worker.
/// </summary>
internal sealed class RemoteExercises(WorkerLauncher launcher) : ICourseExercises, IDisposable
{
    private const int MaxReply = 64 * 1024 * 1024;
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private Process? _process;
    private Task<string>? _errors;
    private ErrorTail? _errorTail;
    private Task? _exited;
    private DateTime _deadline = DateTime.MaxValue;
    private long _outputLength;

    /// <summary>Why the worker stopped during the current check, or null.</summary>
    public WorkerStop? Stop { get; private set; }

    /// <summary>What the student's code printed during the current check.</summary>
    public CapturedOutput Output => new(_output.ToString(), _outputLength);

    /// <summary>How many characters of printed output a check keeps.</summary>
    public int OutputCapacity => launcher.OutputCapacity;

    /// <summary>Starts a check whose calls must all return within <paramref name="limit"/>.</summary>
    public void BeginCheck(TimeSpan limit)
    {
        _deadline = DateTime.UtcNow + limit;
        Stop = null;
        _output.Clear();
        _outputLength = 0;
    }

    public double[] TransformInputs(double[] theta, double[,] X) =>
        Invoke(WorkerMethod.TransformInputs, w => w.Doubles(theta).Matrix(X), r => r.Doubles()!);

    public double[] Sigmoid(double[] z) =>
        Invoke(WorkerMethod.Sigmoid, w => w.Doubles(z), r => r.Doubles()!);

    public double[] ComputeH(double[] theta, double[,] X) =>
        Invoke(WorkerMethod.ComputeH, w => w.Doubles(theta).Matrix(X), r => r.Doubles()!);

    public double LogisticLoss(double[] theta, double[,] X, int[] y) =>
        Invoke(WorkerMethod.LogisticLoss, w => w.Doubles(theta).Matrix(X).Ints(y), r => r.Double());

    public double EvaluateAccuracy(double[] thetaHat, double[,] X, int[] y) =>
        Invoke(WorkerMethod.EvaluateAccuracy, w => w.Doubles(thetaHat).Matrix(X).Ints(y), r => r.Double());

    public double[] ShuffledAccuracies(double[,] X, int[] y, int shuffles, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Invoke(WorkerMethod.ShuffledAccuracies, w => w.Matrix(X).Ints(y).Int(shuffles).Random(random.State), r =>
        {
            var accuracies = r.Doubles()!;
            random.State = r.Random();
            return accuracies;
        });
    }

    public void Dispose() => EndWorker(kill: false);

    private T Invoke<T>(WorkerMethod method, Action<WireWriter> arguments, Func<WireReader, T> result)
    {
        var name = method.ToString();
        if (Stop is not null)
        {
            throw new WorkerStoppedException($"the worker already stopped in this check ({Stop.Method})");
        }

        EnsureStarted();
        var request = new WireWriter().Byte((byte)method);
        arguments(request);
        var payload = request.ToArray();
        var process = _process!;
        var exchange = Task.Run(() =>
        {
            Frames.Write(process.StandardInput.BaseStream, payload);
            return Frames.Read(process.StandardOutput.BaseStream, MaxReply);
        });

        // The reply, or the worker's end: a worker that dies ends the call at once, not at the deadline.
        var remaining = _deadline - DateTime.UtcNow;
        byte[]? reply = null;
        var first = Task.WhenAny(exchange, _exited!);
        var answered = remaining > TimeSpan.Zero && Wait(first, remaining);
        if (!answered && _errorTail!.ReportsFatalError())
        {
            // The runtime said "Stack overflow" before the deadline and is still printing the stack: a crash.
            answered = true;
        }

        if (answered && exchange.IsCompleted)
        {
            try
            {
                reply = exchange.Result;
            }
            catch (AggregateException e) when (e.InnerException is IOException or InvalidDataException)
            {
                reply = null;
            }
        }

        if (reply is null)
        {
            Stop = answered ? Ended(name) : Killed(name);
            throw new WorkerStoppedException($"the worker stopped in {name}");
        }

        var reader = new WireReader(reply);
        var kind = (WorkerReplyKind)reader.Byte();
        if (kind == WorkerReplyKind.Threw)
        {
            var thrown = new RemoteStudentException(reader.String() ?? "Exception", reader.String() ?? "", reader.String() ?? "", reader.String() ?? "");
            Capture(reader);
            throw thrown;
        }

        if (kind != WorkerReplyKind.Returned)
        {
            throw new InvalidDataException($"The worker replied {(byte)kind} to {name}.");
        }

        var value = result(reader);
        Capture(reader);
        return value;
    }

    private static bool Wait(Task task, TimeSpan limit)
    {
        try
        {
            return task.Wait(limit);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    private void Capture(WireReader reader)
    {
        var text = reader.String() ?? "";
        var length = reader.Long();
        _outputLength += Math.Max(length, text.Length);
        var room = OutputCapacity - _output.Length;
        if (room > 0)
        {
            _output.Append(text.AsSpan(0, Math.Min(room, text.Length)));
        }
    }

    private void EnsureStarted()
    {
        if (_process is not null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var process = launcher.Start();
        _process = process;
        _errorTail = new ErrorTail();
        _errors = _errorTail.DrainAsync(process.StandardError.BaseStream);
        _exited = process.WaitForExitAsync();
        var hello = Task.Run(() => Frames.Read(process.StandardOutput.BaseStream, MaxReply));
        byte[]? reply = Wait(hello, StartupLimit) && hello.IsCompletedSuccessfully ? hello.Result : null;
        if (reply is null)
        {
            var stop = hello.IsCompleted ? Ended("starting") : Killed("starting");
            throw new InvalidOperationException($"The grading worker did not start (exit code {stop.ExitCode}): {FirstLine(stop.ErrorHead)}");
        }

        var reader = new WireReader(reply);
        if ((WorkerReplyKind)reader.Byte() == WorkerReplyKind.LoadFailed)
        {
            var message = reader.String();
            EndWorker(kill: true);
            throw new InvalidOperationException($"The compiled submission could not be loaded: {message}");
        }

        Capture(reader);

        // Starting the worker (the runtime, the sandbox) is the grader's time, not the student's.
        if (_deadline != DateTime.MaxValue)
        {
            _deadline += clock.Elapsed;
        }
    }

    private WorkerStop Killed(string method)
    {
        var errors = EndWorker(kill: true);
        return new WorkerStop(TimedOut: true, -1, errors, method);
    }

    private WorkerStop Ended(string method)
    {
        var process = _process;
        var exit = process is not null && process.WaitForExit(TimeSpan.FromSeconds(5)) ? process.ExitCode : -1;
        var errors = EndWorker(kill: true);
        return new WorkerStop(TimedOut: false, exit, errors, method);
    }

    /// <summary>Ends the worker (closing its input first, unless <paramref name="kill"/>) and returns the head of its standard error.</summary>
    private string EndWorker(bool kill)
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return "";
        }

        try
        {
            if (!kill)
            {
                process.StandardInput.Close();
                kill = !process.WaitForExit(TimeSpan.FromSeconds(2));
            }

            if (kill && !process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // It ended on its own meanwhile.
        }

        var errors = _errors is { } drain && drain.Wait(TimeSpan.FromSeconds(2)) && drain.IsCompletedSuccessfully ? drain.Result : "";
        process.Dispose();
        return errors;
    }

    internal static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
