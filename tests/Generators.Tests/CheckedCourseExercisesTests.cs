using DecodingChoices.Course;
using DecodingChoices.Shapes;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// The checked layer the generator emits for the real <see cref="ICourseExercises"/>, called with the
/// tutorial's sizes (220 trials × 691 neurons) and a fake implementation: the exact messages a student sees.
/// </summary>
public sealed class CheckedCourseExercisesTests
{
    private const int Trials = 220;
    private const int Neurons = 691;

    private static readonly double[,] X = new double[Trials, Neurons];
    private static readonly double[,] TransposedX = new double[Neurons, Trials];

    [Fact]
    public void ThetaOfTheWrongLength_IsExplainedBeforeTheStudentCodeRuns()
    {
        var fake = new FakeExercises(new double[Trials]);

        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(fake).TransformInputs(new double[690], X));

        failure.Message.ShouldBe("TransformInputs: dimension 'neurons' is 691 in X (shape 220 × 691) but 690 in theta (shape 690). Hint: theta needs one weight per neuron (column of X).");
        fake.Calls.ShouldBe(0);
        failure.Method.ShouldBe("TransformInputs");
        var conflict = failure.Conflicts.ShouldHaveSingleItem();
        conflict.Dimension.ShouldBe("neurons");
        conflict.Expected.ShouldBe(691);
        conflict.Actual.ShouldBe(690);
        conflict.Argument.ShouldBe("theta");
        conflict.Axis.ShouldBe(0);
        conflict.ArgumentShape.ShouldBe([690]);
        conflict.BoundBy.ShouldBe("X");
        conflict.BoundByShape.ShouldBe([220, 691]);
        conflict.IsResult.ShouldBeFalse();
    }

    [Fact]
    public void TransposedX_IsNamedAsTheLikelyCause()
    {
        var fake = new FakeExercises(new double[Trials]);

        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(fake).TransformInputs(new double[Neurons], TransposedX));

        failure.Message.ShouldBe("TransformInputs: dimension 'neurons' is 220 in X (shape 691 × 220) but 691 in theta (shape 691). Is X transposed? It should be trials × neurons, and theta's 691 matches its 'trials'.");
        fake.Calls.ShouldBe(0);
    }

    [Fact]
    public void ResultOfTheWrongLength_IsExplainedWithWhereTheSizeCameFrom()
    {
        var fake = new FakeExercises(new double[Neurons]);

        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(fake).TransformInputs(new double[Neurons], X));

        failure.Message.ShouldBe("TransformInputs returned shape 691, expected 'trials' = 220 (bound by X, shape 220 × 691). Did you multiply along the wrong axis?");
        fake.Calls.ShouldBe(1);
        var conflict = failure.Conflicts.ShouldHaveSingleItem();
        conflict.IsResult.ShouldBeTrue();
        conflict.Argument.ShouldBe(ShapeConflict.ReturnValue);
        (conflict.Dimension, conflict.Expected, conflict.Actual, conflict.BoundBy).ShouldBe(("trials", 220, 691, "X"));
    }

    [Fact]
    public void SeveralConflicts_AreListedInOneMessage()
    {
        var fake = new FakeExercises([]);

        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(fake).LogisticLoss(new double[690], X, new int[219]));

        failure.Message.ShouldBe(
            "LogisticLoss: 2 shape conflicts:\n"
            + "- dimension 'neurons' is 691 in X (shape 220 × 691) but 690 in theta (shape 690). Hint: theta needs one weight per neuron (column of X).\n"
            + "- dimension 'trials' is 220 in X (shape 220 × 691) but 219 in y (shape 219). Hint: y needs one choice per trial (row of X).");
        failure.Conflicts.Select(conflict => (conflict.Argument, conflict.Dimension, conflict.Expected, conflict.Actual))
            .ShouldBe([("theta", "neurons", 691, 690), ("y", "trials", 220, 219)]);
        fake.Calls.ShouldBe(0);
    }

    [Fact]
    public void TransposedXWithSeveralArguments_PointsAtXForEachConflict()
    {
        var fake = new FakeExercises([]);

        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(fake).EvaluateAccuracy(new double[Neurons], TransposedX, new int[Trials]));

        failure.Message.ShouldBe(
            "EvaluateAccuracy: 2 shape conflicts:\n"
            + "- dimension 'neurons' is 220 in X (shape 691 × 220) but 691 in thetaHat (shape 691). Is X transposed? It should be trials × neurons, and thetaHat's 691 matches its 'trials'.\n"
            + "- dimension 'trials' is 691 in X (shape 691 × 220) but 220 in y (shape 220). Is X transposed? It should be trials × neurons, and y's 220 matches its 'neurons'.");
    }

    [Fact]
    public void ASingleWeight_IsRecognisedAsAScalarWhereAVectorBelongs()
    {
        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(new FakeExercises([])).ComputeH([0.0], X));

        failure.Message.ShouldBe("ComputeH: dimension 'neurons' is 691 in X (shape 220 × 691) but 1 in theta (shape 1). Did you pass a single value where 691 are needed?");
    }

    [Fact]
    public void ResultOffByOne_ShowsTheContractsHint()
    {
        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(new FakeExercises(new double[9])).Sigmoid(new double[10]));

        failure.Message.ShouldBe("Sigmoid returned shape 9, expected 'n' = 10 (bound by z, shape 10). Hint: σ(z) has one value per entry of z.");
    }

    [Fact]
    public void NullResult_IsAShapeMismatchWithoutConflicts()
    {
        var failure = Should.Throw<ShapeMismatchException>(() => new CheckedCourseExercises(new FakeExercises(null!)).ComputeH(new double[Neurons], X));

        failure.Message.ShouldBe("ComputeH returned null instead of an array of shape trials (220).");
        failure.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void NullArgument_IsAnArgumentNullExceptionNamingIt()
    {
        var failure = Should.Throw<ArgumentNullException>(() => new CheckedCourseExercises(new FakeExercises([])).TransformInputs(null!, X));

        failure.ParamName.ShouldBe("theta");
    }

    [Fact]
    public void MatchingShapes_ReachTheImplementationAndReturnItsArray()
    {
        var returned = new double[Trials];
        var fake = new FakeExercises(returned);
        var exercises = new CheckedCourseExercises(fake);

        exercises.TransformInputs(new double[Neurons], X).ShouldBeSameAs(returned);
        exercises.ComputeH(new double[Neurons], X).ShouldBeSameAs(returned);
        exercises.LogisticLoss(new double[Neurons], X, new int[Trials]).ShouldBe(0.5);
        exercises.EvaluateAccuracy(new double[Neurons], X, new int[Trials]).ShouldBe(0.5);
        new CheckedCourseExercises(new FakeExercises(new double[Neurons])).Sigmoid(new double[Neurons]).Length.ShouldBe(Neurons);
        fake.Calls.ShouldBe(4);
    }

    [Fact]
    public void MatchingShapes_AreCheckedWithoutAllocating()
    {
        var theta = new double[Neurons];
        var y = new int[Trials];
        var exercises = new CheckedCourseExercises(new FakeExercises(new double[Trials]));
        CallAll(exercises, theta, y);

        // Keep the quietest of a few batches: an allocating check allocates in every batch, a one-off runtime
        // event (a tier-up, a pool trim on a busy machine) does not.
        var batches = new List<long>();
        for (var batch = 0; batch < 5 && (batches.Count == 0 || batches.Min() != 0); batch++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var call = 0; call < 100; call++)
            {
                CallAll(exercises, theta, y);
            }

            batches.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        batches.Min().ShouldBe(0L, $"bytes allocated by 100 checked calls, in each of {batches.Count} batches: {string.Join(", ", batches)}");
    }

    private static void CallAll(CheckedCourseExercises exercises, double[] theta, int[] y)
    {
        exercises.TransformInputs(theta, X);
        exercises.ComputeH(theta, X);
        exercises.LogisticLoss(theta, X, y);
        exercises.EvaluateAccuracy(theta, X, y);
    }
}
