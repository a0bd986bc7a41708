using System.Numerics.Tensors;

namespace DecodingChoices.Models;

/// <summary>
/// The size a logistic fit's gradient has in X's own coordinates, which is what the gradient tolerance is compared
/// with: max|gᵢ| for a fit on X itself, and max(|(Q g_β)_c|, |g_intercept|) for a fit that runs on reduced coefficients
/// β with w = Qβ, so that it stops exactly when the same fit on X would. The single fit (as its
/// <see cref="Optimization.GradientMeasure"/>) and the batched fits both ask this one method.
/// </summary>
internal static class OriginalGradientSize
{
    /// <summary>
    /// The size of <paramref name="gradient"/> (weights, then the intercept when <paramref name="fitIntercept"/>).
    /// When not <paramref name="exact"/>, a cheaper bound is returned wherever it already decides the comparison with
    /// <paramref name="tolerance"/>: since ‖Qg_β‖∞ ≥ ‖g_β‖₂/√p, a larger bound says "not converged"; since
    /// ‖Qg_β‖∞ ≤ ‖g_β‖₂, a norm within the tolerance says "converged"; and the mapping back stops at the first
    /// component above the tolerance.
    /// </summary>
    public static double MaxAbs(LogisticDesign design, bool fitIntercept, ReadOnlySpan<double> gradient, double tolerance, bool exact)
    {
        if (design.Reduction is not { } reduction)
        {
            return Math.Abs(TensorPrimitives.MaxMagnitude(gradient));
        }

        var weights = gradient[..design.Columns];
        var intercept = fitIntercept ? Math.Abs(gradient[design.Columns]) : 0.0;
        if (!exact)
        {
            var norm = TensorPrimitives.Norm(weights);
            var lowerBound = norm / Math.Sqrt(design.FeatureCount);
            if (Math.Max(lowerBound, intercept) > tolerance)
            {
                return Math.Max(lowerBound, intercept);
            }

            if (norm <= tolerance && intercept <= tolerance)
            {
                return Math.Max(norm, intercept);
            }
        }

        return Math.Max(reduction.ExpandedMaxAbs(weights, exact ? double.PositiveInfinity : tolerance), intercept);
    }
}
