namespace DecodingChoices.Shapes;

/// <summary>
/// The slow path of a checked call: once the generated integer comparisons have found a mismatch,
/// this lists every conflict in the call with the sizes, the arguments and where each size came from.
/// </summary>
internal static class ShapeConflictFinder
{
    internal static List<ShapeConflict> ForArguments(ShapeBindings bindings)
    {
        var conflicts = new List<ShapeConflict>();
        var hintsShown = new HashSet<(string Argument, string Hint)>();
        var parameters = bindings.Contract.Parameters;
        for (var parameter = 0; parameter < parameters.Count; parameter++)
        {
            var argument = parameters[parameter];
            var shape = bindings.Shapes[parameter];
            for (var axis = 0; axis < argument.Dimensions.Count; axis++)
            {
                var dimension = argument.Dimensions[axis];
                if (bindings.IsBindingSite(parameter, axis)
                    || !bindings.TryExpect(dimension, out var expected, out var source)
                    || shape[axis] == expected)
                {
                    continue;
                }

                var hint = ConflictHints.ForArgument(bindings, parameter, axis, expected, source);
                var text = source is { } bound
                    ? NamedArgumentText(bindings, dimension, expected, bound, argument.Name, shape, shape[axis])
                    : $"{argument.Name} must have size {expected} on axis {axis} but has shape {ShapeText.Of(shape)}.";
                conflicts.Add(Conflict(bindings, argument.Name, axis, dimension, expected, shape, source, hint, WithHint(text, argument.Name, hint, hintsShown)));
            }
        }

        return conflicts;
    }

    internal static List<ShapeConflict> ForResult(ShapeBindings bindings, ArgumentShape result, int[] shape)
    {
        var conflicts = new List<ShapeConflict>();
        var hintsShown = new HashSet<(string Argument, string Hint)>();
        for (var axis = 0; axis < result.Dimensions.Count; axis++)
        {
            var dimension = result.Dimensions[axis];
            if (!bindings.TryExpect(dimension, out var expected, out var source) || shape[axis] == expected)
            {
                continue;
            }

            var hint = ConflictHints.ForResult(bindings, result, shape, axis, expected, source);
            var onAxis = shape.Length > 1 ? $" on axis {axis}" : "";
            var text = source is { } bound
                ? $"expected '{dimension}' = {expected}{onAxis} ({Origin(bindings, dimension, bound)})."
                : $"expected size {expected} on axis {axis}.";
            conflicts.Add(Conflict(bindings, ShapeConflict.ReturnValue, axis, dimension, expected, shape, source, hint, WithHint(text, ShapeConflict.ReturnValue, hint, hintsShown)));
        }

        return conflicts;
    }

    /// <summary>"dimension 'neurons' is 691 in X (shape 220 × 691) but 690 in theta (shape 690)."</summary>
    private static string NamedArgumentText(ShapeBindings bindings, ShapeDimension dimension, int expected, ShapeBinding bound, string argument, int[] shape, int actual)
    {
        var found = $"{argument} (shape {ShapeText.Of(shape)})";
        return dimension.Offset == 0
            ? $"dimension '{dimension}' is {expected} in {bindings.ArgumentOf(bound)} (shape {ShapeText.Of(bindings.ShapeOf(bound))}) but {actual} in {found}."
            : $"dimension '{dimension}' should be {expected} ({Origin(bindings, dimension, bound)}) but is {actual} in {found}.";
    }

    /// <summary>Where an expected size comes from: "bound by X, shape 220 × 691" or "'neurons' is 691 in X, shape 220 × 691".</summary>
    private static string Origin(ShapeBindings bindings, ShapeDimension dimension, ShapeBinding bound)
    {
        var shape = ShapeText.Of(bindings.ShapeOf(bound));
        return dimension.Offset == 0
            ? $"bound by {bindings.ArgumentOf(bound)}, shape {shape}"
            : $"'{dimension.Name}' is {bound.Size} in {bindings.ArgumentOf(bound)}, shape {shape}";
    }

    private static string WithHint(string text, string argument, string? hint, HashSet<(string Argument, string Hint)> hintsShown) =>
        hint is not null && hintsShown.Add((argument, hint)) ? $"{text} {hint}" : text;

    private static ShapeConflict Conflict(
        ShapeBindings bindings, string argument, int axis, ShapeDimension dimension, int expected, int[] shape,
        ShapeBinding? source, string? hint, string description) => new()
        {
            Argument = argument,
            Axis = axis,
            Dimension = dimension.ToString(),
            Expected = expected,
            Actual = shape[axis],
            ArgumentShape = shape,
            BoundBy = source is { } bound ? bindings.ArgumentOf(bound) : null,
            BoundByShape = source is { } origin ? bindings.ShapeOf(origin) : null,
            Hint = hint,
            Description = description,
        };
}
