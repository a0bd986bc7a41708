using Microsoft.CodeAnalysis;

namespace DecodingChoices.Analyzers;

/// <summary>
/// Every course diagnostic, in one place. Each message is written for a student in the middle of an
/// exercise: it names the exercise (<c>Exercise 1D (LogisticLoss)</c>), says what the code does in the
/// tutorial's words (trials, neurons, θ, the mean over trials) and what to write instead.
/// </summary>
/// <remarks>
/// <para>
/// The analyzers report only in exercise code: types declared in the namespace
/// <c>DecodingChoices.Exercises</c> (the student's <c>StudentExercises</c> and any helper they add beside
/// it), never in the toolkit, the reference track or the tests (<see cref="ExerciseCode"/>).
/// </para>
/// <para>
/// Which of these fail a build is the compile policy's business, not the descriptors':
/// <c>src/Exercises/exercises.globalconfig</c> sets their severities for the student's build and for the
/// grader alike. The defaults below match it: the API ban is an error, the coaching diagnostics warnings.
/// </para>
/// </remarks>
internal static class DiagnosticDescriptors
{
    private const string Category = "CourseExercises";

    /// <summary>
    /// COURSE001: <c>1 / n</c> or <c>correct / n</c> with two whole numbers, whose result is then used as a
    /// real number. C# divides two <c>int</c>s as whole numbers and throws the remainder away, so
    /// <c>-(1 / n)</c> is 0 and <c>219 / 220</c> is 0 before anything turns them into a <c>double</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor IntegerDivision = new(
        id: "COURSE001",
        title: "Integer division where a fraction is meant",
        messageFormat: "{0}: '{1}' divides two whole numbers, so C# throws the fraction away (1 / 220 is 0, and so is 219 / 220) before it becomes a double; a mean over trials or a fraction of trials needs real division: write {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Dividing an int by an int gives an int, rounded toward zero, even when the result is then stored in a double. Make one side a double first: 1.0 / n, or (double)correct / n.");

    /// <summary>
    /// COURSE002: an exercise writes into an array it was given (<c>z[i] = …</c> in Sigmoid, shuffling
    /// <c>y</c> itself in 2A, <c>var copy = y</c> then <c>copy[i] = …</c>). The caller's data changes under it.
    /// </summary>
    public static readonly DiagnosticDescriptor InputArrayWrite = new(
        id: "COURSE002",
        title: "Exercise writes into an input array",
        messageFormat: "{0}: this writes into {1}, so the caller's array changes too; leave {2} as it is and write into a new array or a copy such as ({3}){2}.Clone()",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The arrays an exercise receives belong to the caller: the rest of the course (and the autograder) keeps using them after the call. Compute into a new array, or into a copy.");

    /// <summary>
    /// COURSE003: Exercise 2A makes its own generator (<c>new Random()</c>, <c>new SeededRandom(…)</c>,
    /// <c>Random.Shared</c>) instead of shuffling with the <c>random</c> it is given, so the same seed no
    /// longer gives the same shuffles.
    /// </summary>
    public static readonly DiagnosticDescriptor NewRandomGenerator = new(
        id: "COURSE003",
        title: "A new random generator instead of the one given",
        messageFormat: "Exercise 2A (ShuffledAccuracies): '{0}' is a random generator other than the one given; shuffle with the 'random' parameter you are given (random.Shuffle(copy)), so the same seed gives the same shuffles and a run can be repeated",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The shuffle test must be repeatable: the caller chooses the seed by passing a SeededRandom. A generator made inside the method ignores that seed.");

    /// <summary>
    /// COURSE004: a field that keeps its value from one call to the next (a static cache, a reused output
    /// buffer, an accumulator that is never reset). The autograder calls each exercise many times.
    /// </summary>
    public static readonly DiagnosticDescriptor KeptState = new(
        id: "COURSE004",
        title: "State kept between calls",
        messageFormat: "{0}: the {1} '{2}' keeps its value from one call to the next, so one call's trials can leak into the next (each exercise is called many times, with different trials and neurons); keep everything in local variables inside the method",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An exercise should be a pure function of its inputs. Fields that are written, or that hold an array or a collection, carry state from one call into the next.");

    /// <summary>
    /// COURSE005: Exercise 1E predicts 1 only when h is strictly above 0.5 (<c>h &gt; 0.5</c>, or
    /// <c>h &lt;= 0.5</c> for 0). The tutorial's rule is ŷ = 1 when h ≥ 0.5.
    /// </summary>
    public static readonly DiagnosticDescriptor StrictThreshold = new(
        id: "COURSE005",
        title: "Strict threshold at h = 0.5",
        messageFormat: "Exercise 1E (EvaluateAccuracy): '{0}' predicts 0 for a trial with h exactly 0.5; the tutorial's rule is ŷ = 1 when h ≥ 0.5, so write '{1}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "With θ = 0, every h is exactly 0.5; the tutorial then predicts 1 for every trial.");

    /// <summary>
    /// COURSE006: exercise code uses an API it must not (reflection, the file system, processes, the
    /// network, ending the process, loading assemblies, native memory, a module initializer). An error.
    /// </summary>
    public static readonly DiagnosticDescriptor ForbiddenApi = new(
        id: "COURSE006",
        title: "API that exercise code must not use",
        messageFormat: "{0}: '{1}' uses {2}, which exercise code must not use: an exercise gets its trials and neurons as parameters and returns its answer, and the autograder refuses to grade code that reaches outside it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Exercise code may use System.Math, arrays, spans, LINQ, System.Numerics, System.Threading.Tasks.Parallel, Console and the course toolkit; it may not use reflection, files, processes, the network, Environment.Exit/FailFast, AppDomain, AssemblyLoadContext, Marshal, NativeMemory, P/Invoke or module initializers.");
}
