using System.Globalization;

namespace DecodingChoices.Optimization;

/// <summary>
/// How well an analytic gradient agrees with central finite differences, reported at the worst component.
/// Printing it gives a sentence that says whether the gradient passed.
/// </summary>
public sealed class GradientCheckResult
{
    /// <summary>
    /// The largest error |analytic − numeric| / max(1, |analytic|, |numeric|) over all components: relative for
    /// components larger than 1, absolute below. A correct gradient gives about 1e-9 or less.
    /// </summary>
    public required double WorstRelativeError { get; init; }

    /// <summary>The component i where the error is largest.</summary>
    public required int WorstIndex { get; init; }

    /// <summary>∂f/∂xᵢ at <see cref="WorstIndex"/> from the gradient being checked.</summary>
    public required double AnalyticValue { get; init; }

    /// <summary>∂f/∂xᵢ at <see cref="WorstIndex"/> from central differences (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ.</summary>
    public required double NumericValue { get; init; }

    /// <summary>The largest error that still passes.</summary>
    public required double Tolerance { get; init; }

    /// <summary>True when <see cref="WorstRelativeError"/> ≤ <see cref="Tolerance"/>.</summary>
    public bool Passed => WorstRelativeError <= Tolerance;

    /// <summary>A sentence a student can act on.</summary>
    public string Message =>
        Passed
            ? string.Create(CultureInfo.InvariantCulture,
                $"The gradient matches central finite differences: the worst error is {FloatingPoint.Small(WorstRelativeError)} ≤ {FloatingPoint.Small(Tolerance)}, " +
                $"at component {WorstIndex} (analytic {AnalyticValue:G8}, numeric {NumericValue:G8}).")
            : string.Create(CultureInfo.InvariantCulture,
                $"The gradient does not match the function: component {WorstIndex} is {AnalyticValue:G8} from the gradient but " +
                $"{NumericValue:G8} by central finite differences (error {FloatingPoint.Small(WorstRelativeError)} > {FloatingPoint.Small(Tolerance)}). " +
                $"Check the formula for ∂f/∂x[{WorstIndex}].");

    /// <inheritdoc cref="Message"/>
    public override string ToString() => Message;
}
