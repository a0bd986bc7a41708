namespace DecodingChoices.Shapes;

/// <summary>
/// Picks at most one hint for a conflict, most specific first: a transposed matrix, a size that
/// belongs to another dimension (wrong axis), a single value where a vector was expected, the
/// contract's own <see cref="ShapeAttribute.Hint"/>, and last an off-by-one.
/// Guesses are phrased as questions; the contract's own advice starts with <c>Hint:</c>.
/// </summary>
internal static class ConflictHints
{
    internal static string? ForArgument(ShapeBindings bindings, int parameter, int axis, int expected, ShapeBinding? source)
    {
        var argument = bindings.Contract.Parameters[parameter];
        var shape = bindings.Shapes[parameter];
        var actual = shape[axis];
        if (IsTransposed(bindings, argument, shape, isBindingSite: a => bindings.IsBindingSite(parameter, a)))
        {
            return $"Is {argument.Name} transposed? As {shape[1]} × {shape[0]} it would fit.";
        }

        if (source is { } bound && OtherDimensionOfSize(bindings, argument.Dimensions[axis], actual, expected) is { } other)
        {
            var binder = bindings.Contract.Parameters[other.Parameter];
            return other.Parameter == bound.Parameter && binder.Dimensions.Count == 2
                ? $"Is {binder.Name} transposed? It should be {binder}, and {argument.Name}'s {actual} matches its '{other.Name}'."
                : $"{argument.Name}'s {actual} matches '{other.Name}' (from {binder.Name}): was it built along the wrong dimension?";
        }

        return Common(actual, expected, argument.Hint, "pass");
    }

    internal static string? ForResult(ShapeBindings bindings, ArgumentShape result, int[] shape, int axis, int expected, ShapeBinding? source)
    {
        var actual = shape[axis];
        if (IsTransposed(bindings, result, shape, isBindingSite: _ => false))
        {
            return $"Is the result transposed? As {shape[1]} × {shape[0]} it would fit.";
        }

        if (source is not null && OtherDimensionOfSize(bindings, result.Dimensions[axis], actual, expected) is not null)
        {
            return "Did you multiply along the wrong axis?";
        }

        return Common(actual, expected, result.Hint, "return");
    }

    private static string? Common(int actual, int expected, string? declaredHint, string verb)
    {
        if (actual == 1 && expected != 1)
        {
            return $"Did you {verb} a single value where {expected} are needed?";
        }

        if (expected == 1 && actual != 1)
        {
            return $"Did you {verb} {actual} values where a single one is needed?";
        }

        if (declaredHint is not null)
        {
            return $"Hint: {declaredHint}";
        }

        return Math.Abs(actual - expected) == 1 ? "Off by one: is an entry missing or extra?" : null;
    }

    /// <summary>A matrix whose two sizes, swapped, are exactly what the contract asks for.</summary>
    private static bool IsTransposed(ShapeBindings bindings, ArgumentShape contract, int[] shape, Func<int, bool> isBindingSite)
    {
        if (shape.Length != 2 || shape[0] == shape[1])
        {
            return false;
        }

        Span<int> expected = stackalloc int[2];
        for (var axis = 0; axis < 2; axis++)
        {
            if (isBindingSite(axis))
            {
                expected[axis] = shape[axis];
            }
            else if (!bindings.TryExpect(contract.Dimensions[axis], out expected[axis], out _))
            {
                return false;
            }
        }

        return shape[0] == expected[1] && shape[1] == expected[0];
    }

    /// <summary>Another named dimension whose size in this call is the size found (the wrong axis was used).</summary>
    private static ShapeBinding? OtherDimensionOfSize(ShapeBindings bindings, ShapeDimension dimension, int actual, int expected)
    {
        foreach (var binding in bindings.All)
        {
            if (binding.Name != dimension.Name && binding.Size == actual && binding.Size != expected)
            {
                return binding;
            }
        }

        return null;
    }
}
