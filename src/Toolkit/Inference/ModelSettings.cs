using DecodingChoices.Models;

namespace DecodingChoices.Inference;

/// <summary>The LogisticRegression settings a shuffle or permutation test fits with (scikit-learn's defaults unless set).</summary>
internal static class ModelSettings
{
    public static LogisticFitter Fitter(LogisticRegression template, LogisticDesign design, CancellationToken cancellationToken) =>
        new(design, template.EffectiveC, template.FitIntercept, template.Tolerance, template.MaxIterations, template.RelativeDecreaseTolerance, cancellationToken);

    /// <summary>
    /// The design every fit of a resampling test shares: with fewer trials than neurons, X's row-space factorization,
    /// made now or found in <see cref="DesignCache.Shared"/> (so the runner's chunked calls factor X once); otherwise X
    /// itself, with a column-major copy so batched and single fits agree bit for bit.
    /// </summary>
    public static LogisticDesign SharedDesign(double[,] X) =>
        X.GetLength(0) < X.GetLength(1) ? DesignCache.Shared.Reduced(X, factorNow: true)! : LogisticDesign.Prepare(X, reduce: false).WithColumns();

    /// <summary>The fraction of trials where (z &gt; 0) equals the label: scikit-learn's <c>score</c> from logits.</summary>
    public static double Accuracy(LogisticDesign design, ReadOnlySpan<double> parameters, bool fitIntercept, ReadOnlySpan<int> labels, Span<double> logits)
    {
        design.Logits(parameters[..design.Columns], fitIntercept ? parameters[design.Columns] : 0.0, logits);
        var correct = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            correct += (logits[i] > 0 ? 1 : 0) == labels[i] ? 1 : 0;
        }

        return (double)correct / labels.Length;
    }
}
