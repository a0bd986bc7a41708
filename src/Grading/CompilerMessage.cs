using System.Globalization;

namespace DecodingChoices.Grading;

/// <summary>One error or warning from compiling a submission, located in the student's file.</summary>
/// <param name="File">The exercise file, such as <c>LogisticLoss.cs</c>.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Code">The compiler's code, such as <c>CS1002</c>.</param>
/// <param name="Text">The compiler's message.</param>
/// <param name="IsError">True for an error, false for a warning.</param>
public sealed record CompilerMessage(string File, int Line, int Column, string Code, string Text, bool IsError)
{
    /// <summary>"LogisticLoss.cs(12,9): error CS1002: ; expected", as dotnet build prints it.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Text}");
}
