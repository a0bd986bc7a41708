using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Units;

/// <summary>Exercism's test_code: each visible check's body as written, without braces or indentation.</summary>
public sealed class CheckSourceTests
{
    [Fact]
    public void Every_visible_check_has_its_body()
    {
        foreach (var check in GradingCatalog.Default.Checks.Where(c => !c.IsHidden))
        {
            var code = CheckSource.For(check);
            code.ShouldNotStartWith("//", customMessage: check.Id);
            code.ShouldNotStartWith(" ");
            code.ShouldNotStartWith("{");
        }
    }

    [Fact]
    public void The_body_is_the_methods_statements()
    {
        var check = GradingCatalog.Default.Checks.Single(c => c.Id == "1B.Sigmoid_of_zero_is_one_half");
        CheckSource.For(check).ShouldBe("""
            var h = Call(t => t.Sigmoid([0.0]));
            ExpectVector("σ(z)", [0.5], h, "one value per entry of z", diagnose: Diagnose([0.0]));
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Dedent_keeps_relative_indentation()
    {
        CheckSource.Dedent("\n        if (x)\n        {\n            y();\n        }\n\n").ShouldBe("if (x)\n{\n    y();\n}");
    }
}
