using DecodingChoices.Grading.Results;
using Shouldly;
using Xunit;

namespace DecodingChoices.Grading.Tests.Batch;

/// <summary>The fixture batch's class report: graded by the shared fixture, so no extra batch run.</summary>
[Collection(GradedBatchCollection.Name)]
public sealed class ClassReportFilesTests(GradedBatch batch)
{
    [Fact]
    public void The_batch_writes_the_class_report_beside_the_gradebook()
    {
        var html = File.ReadAllText(Path.Combine(batch.Out, ClassReportFiles.Html));
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain($"{batch.Students} students");
        html.ShouldContain("<svg");
        foreach (var student in batch.Result.Submissions.Select(s => s.Student))
        {
            html.ShouldContain(student);
        }

        var csv = File.ReadAllLines(Path.Combine(batch.Out, ClassReportFiles.Csv));
        csv[0].ShouldBe("section,exercise,item,value,of,share,students");
        csv.ShouldContain($"summary,,students,{batch.Students},,,");
        var passed = batch.Result.Submissions.Count(s => s.For(Course.Exercise.TransformInputs).Where(c => !c.Check.IsHidden).All(c => c.Passed));
        csv.ShouldContain(line => line.StartsWith($"passed,1A,visible checks,{passed},{batch.Students},", StringComparison.Ordinal));
    }
}
