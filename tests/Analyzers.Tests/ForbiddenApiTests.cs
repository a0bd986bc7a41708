using Shouldly;
using static DecodingChoices.Analyzers.Tests.CourseAnalyzerTest;

namespace DecodingChoices.Analyzers.Tests;

/// <summary>COURSE006: APIs exercise code must not use, an error.</summary>
public sealed class ForbiddenApiTests
{
    private static string Message(string exercise, string api, string what) =>
        $"{exercise}: '{api}' uses {what}, which exercise code must not use: an exercise gets its trials and neurons as parameters and returns its answer, and the autograder refuses to grade code that reaches outside it";

    [Theory]
    [InlineData("_ = {|#0:File.ReadAllText|}(\"answers.txt\");", "File.ReadAllText", "the file system")]
    [InlineData("_ = {|#0:System.IO.File.Exists|}(\"x\");", "File.Exists", "the file system")]
    [InlineData("using var s = {|#0:new FileStream(\"x\", FileMode.Open)|};", "new FileStream", "the file system")]
    [InlineData("_ = {|#0:Directory.GetFiles|}(\".\");", "Directory.GetFiles", "the file system")]
    [InlineData("using var r = {|#0:new StreamReader(\"x\")|};", "new StreamReader", "the file system")]
    [InlineData("_ = {|#0:Path.GetTempPath|}();", "Path.GetTempPath", "the file system")]
    [InlineData("{|#0:System.Diagnostics.Process.Start|}(\"ls\");", "Process.Start", "another process")]
    [InlineData("using var c = {|#0:new HttpClient()|};", "new HttpClient", "the network")]
    [InlineData("_ = {|#0:System.Net.Dns.GetHostName|}();", "Dns.GetHostName", "the network")]
    [InlineData("{|#0:Environment.Exit|}(0);", "Environment.Exit", "ending the process")]
    [InlineData("{|#0:Environment.FailFast|}(\"done\");", "Environment.FailFast", "ending the process")]
    [InlineData("_ = {|#0:Type.GetType|}(\"DecodingChoices.Solutions.ReferenceExercises\");", "Type.GetType", "reflection")]
    [InlineData("_ = {|#0:typeof(string).GetMethod|}(\"Trim\", Type.EmptyTypes)!.Invoke(\"\", null);", "Type.GetMethod", "reflection")]
    [InlineData("_ = {|#0:Activator.CreateInstance|}(typeof(object));", "Activator.CreateInstance", "reflection")]
    [InlineData("_ = {|#0:System.Reflection.Assembly.GetExecutingAssembly|}().GetTypes();", "Assembly.GetExecutingAssembly", "reflection")]
    [InlineData("_ = {|#0:AppDomain.CurrentDomain|}.GetAssemblies();", "AppDomain.CurrentDomain", "loading assemblies")]
    [InlineData("_ = {|#0:System.Runtime.Loader.AssemblyLoadContext.Default|};", "AssemblyLoadContext.Default", "loading assemblies")]
    [InlineData("var p = {|#0:System.Runtime.InteropServices.Marshal.AllocHGlobal|}(8);", "Marshal.AllocHGlobal", "native memory")]
    [InlineData("Func<string, string> read = {|#0:File.ReadAllText|};", "File.ReadAllText", "the file system")]
    public async Task ForbiddenApi_IsCOURSE006_AnError(string statement, string api, string what)
    {
        var source = Student.Code($$"""
            public double[] Sigmoid(double[] z)
            {
                {{statement}}
                return z.Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
            }
            """);

        var expected = Expect(DiagnosticDescriptors.ForbiddenApi, Message("Exercise 1B (Sigmoid)", api, what));
        expected.Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        await VerifyAsync(source, expected);
    }

    [Fact]
    public async Task ModuleInitializer_IsCOURSE006_AtTheAttribute()
    {
        var source = Student.Code("""
            [{|#0:System.Runtime.CompilerServices.ModuleInitializer|}]
            internal static void BeforeEverything() { }
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.ForbiddenApi, Message("Exercise code", "[ModuleInitializer]", "a module initializer (code that runs before any exercise is called)")));
    }

    [Fact]
    public async Task PInvoke_IsCOURSE006()
    {
        var source = Student.Code("""
            [{|#0:System.Runtime.InteropServices.DllImport("libc")|}]
            private static extern int getpid();
            """);

        await VerifyAsync(source, Expect(DiagnosticDescriptors.ForbiddenApi, Message("Exercise code", "[DllImport]", "native code (P/Invoke)")));
    }

    [Fact]
    public async Task ConsoleStringsAndTypes_AreFine()
    {
        var source = Student.Code("""
            public double[] Sigmoid(double[] z)
            {
                Console.WriteLine($"z has {z.Length} values, type {z.GetType().Name}, {nameof(File)}");
                Console.Error.WriteLine(typeof(double).Name);
                using var reader = new StringReader("0.5");
                var writer = new StringWriter();
                writer.Write(reader.ReadToEnd());
                return z.Select(v => 1.0 / (1.0 + Math.Exp(-v))).ToArray();
            }
            """);

        await VerifyAsync(source);
    }
}
