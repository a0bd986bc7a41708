namespace DecodingChoices.Autograder;

/// <summary>
/// How many points a check is worth when an instructor grades with <c>course grade</c>. A check earns
/// all of its points when it passes and none when it fails. Every check carries one: the visible
/// checks of an exercise add up to 10 points, and each hidden check adds its own on top.
/// </summary>
/// <param name="value">The points, a whole number of at least 1.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class PointsAttribute(int value) : Attribute
{
    /// <summary>The check's points.</summary>
    public int Value { get; } = value >= 1
        ? value
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A check is worth at least 1 point.");
}
