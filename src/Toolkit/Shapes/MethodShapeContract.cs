using System.Globalization;

namespace DecodingChoices.Shapes;

/// <summary>
/// The shape contract of one method, as the source generator read it from the <see cref="ShapeAttribute"/>s
/// on its parameters and return value. Generated checked layers do their checks with plain integer
/// comparisons and call this type only after one fails, to describe every conflict of the call.
/// </summary>
/// <remarks>
/// Binding rule: each named dimension takes its size from the argument with the highest rank that has it
/// as a bare entry (ties: the earlier parameter). With <c>theta</c> (neurons) and <c>X</c> (trials × neurons),
/// <c>X</c> binds both names and <c>theta</c> is checked against them. Every other entry is then checked:
/// a name against its bound size, <c>name±k</c> against that size ± k, a number against itself;
/// <c>*</c> matches anything.
/// </remarks>
internal sealed class MethodShapeContract
{
    /// <summary>Describes one method's contract.</summary>
    /// <param name="method">The method's name, which starts every message.</param>
    /// <param name="parameters">The contracts of the parameters that have one, in parameter order.</param>
    /// <param name="result">The contract of the return value, if it has one.</param>
    public MethodShapeContract(string method, IReadOnlyList<ArgumentShape> parameters, ArgumentShape? result = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(parameters);
        Method = method;
        Parameters = parameters;
        Result = result;
    }

    /// <summary>The method's name.</summary>
    public string Method { get; }

    /// <summary>The contracts of the parameters that have one, in parameter order.</summary>
    public IReadOnlyList<ArgumentShape> Parameters { get; }

    /// <summary>The contract of the return value, if any.</summary>
    public ArgumentShape? Result { get; }

    /// <summary>Every conflict among the arguments of one call (empty when they fit).</summary>
    /// <param name="arguments">The arrays passed for <see cref="Parameters"/>, in the same order.</param>
    public IReadOnlyList<ShapeConflict> FindArgumentConflicts(params Array[] arguments) =>
        ShapeConflictFinder.ForArguments(Bind(arguments));

    /// <summary>Every conflict between a returned array and the sizes the arguments bound (empty when it fits).</summary>
    /// <param name="result">The array the method returned.</param>
    /// <param name="arguments">The arrays passed for <see cref="Parameters"/>, in the same order.</param>
    public IReadOnlyList<ShapeConflict> FindResultConflicts(Array result, params Array[] arguments)
    {
        ArgumentNullException.ThrowIfNull(result);
        var contract = Result ?? throw new InvalidOperationException($"{Method} has no contract on its return value.");
        return ShapeConflictFinder.ForResult(Bind(arguments), contract, ShapeOf(contract, result));
    }

    /// <summary>The exception for a call whose arguments do not fit, listing every conflict.</summary>
    public ShapeMismatchException ArgumentMismatch(params Array[] arguments)
    {
        var conflicts = ShapeConflictFinder.ForArguments(Bind(arguments));
        var message = conflicts.Count == 1
            ? $"{Method}: {conflicts[0].Description}"
            : $"{Method}: {Listed(conflicts)}";
        return new ShapeMismatchException(Method, conflicts, message);
    }

    /// <summary>The exception for a call whose returned array (or <see langword="null"/>) does not fit.</summary>
    public ShapeMismatchException ResultMismatch(Array? result, params Array[] arguments)
    {
        var contract = Result ?? throw new InvalidOperationException($"{Method} has no contract on its return value.");
        var bindings = Bind(arguments);
        if (result is null)
        {
            return new ShapeMismatchException(Method, [], $"{Method} returned null instead of an array of shape {contract} ({ExpectedSizes(bindings, contract)}).");
        }

        var shape = ShapeOf(contract, result);
        var conflicts = ShapeConflictFinder.ForResult(bindings, contract, shape);
        var message = conflicts.Count == 1
            ? $"{Method} returned shape {ShapeText.Of(shape)}, {conflicts[0].Description}"
            : $"{Method} returned shape {ShapeText.Of(shape)}, {Listed(conflicts)}";
        return new ShapeMismatchException(Method, conflicts, message);
    }

    private static string Listed(List<ShapeConflict> conflicts) => conflicts.Count == 0
        ? "the generated shape check failed but no conflict could be described; please report this to the course maintainers."
        : $"{conflicts.Count} shape conflicts:" + string.Concat(conflicts.Select(conflict => $"\n- {conflict.Description}"));

    private static string ExpectedSizes(ShapeBindings bindings, ArgumentShape contract) => string.Join(
        " × ",
        contract.Dimensions.Select(dimension => bindings.TryExpect(dimension, out var size, out _) ? size.ToString(CultureInfo.InvariantCulture) : "*"));

    private ShapeBindings Bind(Array[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length != Parameters.Count)
        {
            throw new ArgumentException($"{Method}'s contract covers {Parameters.Count} arguments but {arguments.Length} were given.", nameof(arguments));
        }

        var shapes = new int[arguments.Length][];
        for (var index = 0; index < arguments.Length; index++)
        {
            shapes[index] = ShapeOf(Parameters[index], arguments[index]);
        }

        return ShapeBindings.Bind(this, shapes);
    }

    private int[] ShapeOf(ArgumentShape contract, Array array)
    {
        ArgumentNullException.ThrowIfNull(array, contract.Name);
        return array.Rank == contract.Dimensions.Count
            ? ShapeText.ShapeOf(array)
            : throw new ArgumentException($"{Method}: the contract of {contract.Name} has {contract.Dimensions.Count} dimensions but the array has rank {array.Rank}.", contract.Name);
    }
}
