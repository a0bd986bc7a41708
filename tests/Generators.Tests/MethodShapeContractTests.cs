using DecodingChoices.Shapes;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>The toolkit's explanation of a failed check for the entries the course's own contract does not use.</summary>
public sealed class MethodShapeContractTests
{
    private static readonly MethodShapeContract WithIntercept = new(
        "Fit",
        [
            new ArgumentShape("w", [ShapeDimension.Named("neurons", 1)]),
            new ArgumentShape("X", [ShapeDimension.Named("trials"), ShapeDimension.Named("neurons")]),
        ],
        new ArgumentShape("return value", [ShapeDimension.Fixed(1), ShapeDimension.Any]));

    [Fact]
    public void NamePlusOne_ExplainsTheArithmetic()
    {
        var failure = WithIntercept.ArgumentMismatch(new double[691], new double[220, 691]);

        failure.Message.ShouldBe("Fit: dimension 'neurons+1' should be 692 ('neurons' is 691 in X, shape 220 × 691) but is 691 in w (shape 691). Off by one: is an entry missing or extra?");
        var conflict = failure.Conflicts.ShouldHaveSingleItem();
        (conflict.Dimension, conflict.Expected, conflict.Actual).ShouldBe(("neurons+1", 692, 691));
    }

    [Fact]
    public void FixedSizeInTheResult_NamesTheAxis()
    {
        var failure = WithIntercept.ResultMismatch(new double[3, 5], new double[692], new double[220, 691]);

        failure.Message.ShouldBe("Fit returned shape 3 × 5, expected size 1 on axis 0. Did you return 3 values where a single one is needed?");
        failure.Conflicts.ShouldHaveSingleItem().BoundBy.ShouldBeNull();
    }

    [Fact]
    public void FittingArguments_HaveNoConflicts()
    {
        WithIntercept.FindArgumentConflicts(new double[692], new double[220, 691]).ShouldBeEmpty();
        WithIntercept.FindResultConflicts(new double[1, 7], new double[692], new double[220, 691]).ShouldBeEmpty();
    }

    [Fact]
    public void TransposedSecondMatrix_IsNamedOnce()
    {
        var contract = new MethodShapeContract(
            "Add",
            [
                new ArgumentShape("A", [ShapeDimension.Named("rows"), ShapeDimension.Named("columns")]),
                new ArgumentShape("B", [ShapeDimension.Named("rows"), ShapeDimension.Named("columns")]),
            ]);

        var failure = contract.ArgumentMismatch(new double[3, 4], new double[4, 3]);

        failure.Message.ShouldBe(
            "Add: 2 shape conflicts:\n"
            + "- dimension 'rows' is 3 in A (shape 3 × 4) but 4 in B (shape 4 × 3). Is B transposed? As 3 × 4 it would fit.\n"
            + "- dimension 'columns' is 4 in A (shape 3 × 4) but 3 in B (shape 4 × 3).");
        failure.Conflicts.Select(conflict => conflict.Hint).ShouldBe(["Is B transposed? As 3 × 4 it would fit.", "Is B transposed? As 3 × 4 it would fit."]);
    }

    [Fact]
    public void FixedSizeOnAnArgument_NamesTheAxis()
    {
        var contract = new MethodShapeContract("Append", [new ArgumentShape("row", [ShapeDimension.Fixed(1), ShapeDimension.Any])]);

        contract.ArgumentMismatch(new double[2, 5]).Message
            .ShouldBe("Append: row must have size 1 on axis 0 but has shape 2 × 5. Did you pass 2 values where a single one is needed?");
    }

    [Fact]
    public void EqualRanks_BindInParameterOrder()
    {
        var contract = new MethodShapeContract(
            "Dot",
            [new ArgumentShape("a", [ShapeDimension.Named("n")]), new ArgumentShape("b", [ShapeDimension.Named("n")])]);

        contract.ArgumentMismatch(new double[4], new double[6]).Message
            .ShouldBe("Dot: dimension 'n' is 4 in a (shape 4) but 6 in b (shape 6).");
    }

    [Fact]
    public void ShapeDimension_IsSpelledAsInTheContract()
    {
        string.Join(" ", ShapeDimension.Named("neurons", 1), ShapeDimension.Named("trials", -1), ShapeDimension.Fixed(1), ShapeDimension.Any, ShapeDimension.Named("n"))
            .ShouldBe("neurons+1 trials-1 1 * n");
    }

    [Fact]
    public void WrongNumberOfArguments_IsAProgrammingError()
    {
        Should.Throw<ArgumentException>(() => WithIntercept.ArgumentMismatch(new double[3]));
    }
}
