using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>COURSE004: a field that keeps its value between calls.</summary>
public sealed class KeptStateTests
{
    private static string Message(string kind, string name) =>
        $"Exercise code: the {kind} '{name}' keeps its value from one call to the next, so one call's trials can leak into the next (each exercise is called many times, with different trials and neurons); keep everything in local variables inside the method";

    [Theory]
    [InlineData("private static double[] {|#0:_z|} = new double[220];", "static field", "_z")]
    [InlineData("private static int {|#0:_calls|};", "static field", "_calls")]
    [InlineData("private static readonly double[] {|#0:Buffer|} = new double[220];", "static field", "Buffer")]
    [InlineData("private static readonly Dictionary<int, double[]> {|#0:Cache|} = new();", "static field", "Cache")]
    [InlineData("private double[] {|#0:_z|} = [];", "field", "_z")]
    [InlineData("private readonly List<double> {|#0:_losses|} = new();", "field", "_losses")]
    [InlineData("public static double[] {|#0:LastH|} { get; set; } = [];", "static property", "LastH")]
    public async Task StateBetweenCalls_IsCOURSE004_AtTheName(string member, string kind, string name)
    {
        await VerifyAsync(Student.Code(member), Expect(DiagnosticDescriptors.KeptState, Message(kind, name)));
    }

    [Fact]
    public async Task StaticStateInAHelperType_IsCOURSE004()
    {
        var source = """
            namespace DecodingChoices.Exercises;

            internal static class Scratch
            {
                internal static double {|#0:Total|};
            }
            """;

        await VerifyAsync(source, Expect(DiagnosticDescriptors.KeptState, Message("static field", "Total")));
    }

    [Fact]
    public async Task ConstantsAndImmutableValues_AndAHelpersOwnFields_AreFine()
    {
        var source = Student.Code("""
            private const double Threshold = 0.5;
            private static readonly double Half = 0.5;
            private static readonly string Name = "sigmoid";
            private static readonly System.Collections.Immutable.ImmutableArray<double> Weights = [1.0, 2.0];
            private readonly int _seed = 3;
            public static double Limit => 709.0;

            private sealed class Accumulator
            {
                private double _sum;
                public void Add(double value) => _sum += value;
                public double Sum => _sum;
            }
            """);

        await VerifyAsync(source);
    }
}
