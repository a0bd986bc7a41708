using System.Reflection;
using DecodingChoices.Shapes;
using Microsoft.CodeAnalysis;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>What the generator writes, and that it compiles; the EmitShapeChecks off switch.</summary>
public sealed class GeneratedSourceTests
{
    [Fact]
    public void RepresentativeContract_MatchesTheSnapshot()
    {
        var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Representative));

        result.GeneratedSources.Single().HintName.ShouldBe("Lab.Models.CheckedRegression.g.cs");
        Snapshot.Match(GeneratorHarness.GeneratedText(result), "CheckedRegression.g.cs.txt");
    }

    [Fact]
    public void RepresentativeContract_CompilesWithoutWarnings()
    {
        var (_, output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Representative));

        result.Exception.ShouldBeNull();
        GeneratorHarness.Problems(output).ShouldBeEmpty();
    }

    [Fact]
    public void OffSwitch_MatchesThePassThroughSnapshot()
    {
        var (_, output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Representative), emitShapeChecks: "false");

        Snapshot.Match(GeneratorHarness.GeneratedText(result), "CheckedRegression.PassThrough.g.cs.txt");
        GeneratorHarness.Problems(output).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("", true)]
    [InlineData("false", false)]
    [InlineData(" False ", false)]
    public void EmitShapeChecksProperty_TurnsTheChecksOnOrOff(string? value, bool checksExpected)
    {
        var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Runnable), emitShapeChecks: value);
        var text = GeneratorHarness.GeneratedText(result);

        text.Contains("ArgumentMismatch(theta, X)", StringComparison.Ordinal).ShouldBe(checksExpected, text);
        text.Contains("X.GetLength(", StringComparison.Ordinal).ShouldBe(checksExpected, text);
        text.Contains("ThrowIfNull(theta)", StringComparison.Ordinal).ShouldBe(checksExpected, text);
        text.Contains("public sealed partial class CheckedProduct : global::Lab.Run.IProduct", StringComparison.Ordinal).ShouldBeTrue(text);
    }

    [Fact]
    public void OffSwitch_PassesAWrongShapeThrough_WhileTheChecksRejectIt()
    {
        var unchecked_ = LoadProgram(emitShapeChecks: "false");
        var checked_ = LoadProgram(emitShapeChecks: null);

        Invoke(unchecked_).ShouldBe(1, "with EmitShapeChecks=false the fake is called despite θ (3) not matching X (2 × 5)");
        var failure = Should.Throw<TargetInvocationException>(() => Invoke(checked_)).InnerException.ShouldBeOfType<ShapeMismatchException>();
        failure.Message.ShouldBe("Multiply: dimension 'neurons' is 5 in X (shape 2 × 5) but 3 in theta (shape 3).");
    }

    [Fact]
    public void InternalInterfaceInTheGlobalNamespace_GetsAnInternalClassWithoutNamespace()
    {
        const string source = """
            using DecodingChoices.Shapes;

            [ShapeContract]
            internal interface Kernel
            {
                [return: Shape("n")]
                double[] Apply([Shape("n")] double[] values);
            }
            """;
        var (_, output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        var text = GeneratorHarness.GeneratedText(result);

        result.GeneratedSources.Single().HintName.ShouldBe("CheckedKernel.g.cs");
        text.ShouldContain("internal sealed partial class CheckedKernel : global::Kernel");
        text.ShouldNotContain("namespace ");
        GeneratorHarness.Problems(output).ShouldBeEmpty();
    }

    [Fact]
    public void MethodWithABrokenContract_IsPassedThroughWhileTheOthersAreChecked()
    {
        const string source = """
            using DecodingChoices.Shapes;

            namespace Lab;

            [ShapeContract]
            public interface IMixed
            {
                double[] Broken([Shape("trials")] double[,] X);

                [return: Shape("n")]
                double[] Fine([Shape("n")] double[] z);
            }
            """;
        var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
        var text = GeneratorHarness.GeneratedText(result);

        text.ShouldContain("""
                public double[] Broken(double[,] X)
                {
                    return _inner.Broken(X);
                }
            """);
        text.ShouldContain("throw CheckedMixedContracts.Fine.ResultMismatch(returned, z);");
        text.ShouldNotContain("CheckedMixedContracts.Broken");
    }

    [Fact]
    public void Output_IsTheSameOnEveryRun()
    {
        var first = GeneratorHarness.GeneratedText(GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Representative)).Result);
        var second = GeneratorHarness.GeneratedText(GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Representative)).Result);

        second.ShouldBe(first);
    }

    /// <summary>Compiles <see cref="TestContracts.Runnable"/> with the generator and loads it.</summary>
    private static Assembly LoadProgram(string? emitShapeChecks)
    {
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(TestContracts.Runnable), emitShapeChecks);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }

    private static int Invoke(Assembly program) =>
        (int)program.GetType("Lab.Run.Program")!.GetMethod("CallWithWrongShapes")!.Invoke(null, null)!;
}
