namespace DecodingChoices.Shapes;

/// <summary>
/// The sizes of the named dimensions in one call, bound by the rule the generated checks follow:
/// arguments are visited from the highest rank to the lowest (ties in parameter order), and each
/// name takes its size from the first bare entry (<c>neurons</c>, not <c>neurons+1</c>) met on the way.
/// Data matrices are therefore the authority: <c>X</c> (trials × neurons) binds both names before
/// <c>theta</c> (neurons) is looked at.
/// </summary>
internal sealed class ShapeBindings
{
    private readonly List<ShapeBinding> _bindings = [];

    private ShapeBindings(MethodShapeContract contract, IReadOnlyList<int[]> shapes)
    {
        Contract = contract;
        Shapes = shapes;
    }

    internal MethodShapeContract Contract { get; }

    /// <summary>The arguments' shapes, in parameter order.</summary>
    internal IReadOnlyList<int[]> Shapes { get; }

    /// <summary>The bindings in the order they were made.</summary>
    internal IReadOnlyList<ShapeBinding> All => _bindings;

    internal static ShapeBindings Bind(MethodShapeContract contract, IReadOnlyList<int[]> shapes)
    {
        var bindings = new ShapeBindings(contract, shapes);
        foreach (var parameter in BindingOrder(contract.Parameters))
        {
            var dimensions = contract.Parameters[parameter].Dimensions;
            for (var axis = 0; axis < dimensions.Count; axis++)
            {
                var dimension = dimensions[axis];
                if (dimension.IsPlainName && !bindings.TryGet(dimension.Name!, out _))
                {
                    bindings._bindings.Add(new ShapeBinding(dimension.Name!, shapes[parameter][axis], parameter, axis));
                }
            }
        }

        return bindings;
    }

    /// <summary>Parameter indices from the highest rank to the lowest; ties keep parameter order.</summary>
    internal static IEnumerable<int> BindingOrder(IReadOnlyList<ArgumentShape> parameters) =>
        Enumerable.Range(0, parameters.Count).OrderByDescending(index => parameters[index].Dimensions.Count);

    internal bool TryGet(string name, out ShapeBinding binding)
    {
        foreach (var candidate in _bindings)
        {
            if (candidate.Name == name)
            {
                binding = candidate;
                return true;
            }
        }

        binding = default;
        return false;
    }

    /// <summary>True when this axis of this parameter is where a name got its size (so it cannot disagree with it).</summary>
    internal bool IsBindingSite(int parameter, int axis) =>
        _bindings.Exists(binding => binding.Parameter == parameter && binding.Axis == axis);

    /// <summary>
    /// The size an entry asks for in this call: the fixed size, or the bound size plus the offset.
    /// False for the wildcard and for a name nothing bound (the generator reports such contracts).
    /// </summary>
    internal bool TryExpect(ShapeDimension dimension, out int expected, out ShapeBinding? source)
    {
        expected = 0;
        source = null;
        switch (dimension.Kind)
        {
            case ShapeDimensionKind.Fixed:
                expected = dimension.Size;
                return true;
            case ShapeDimensionKind.Named when TryGet(dimension.Name!, out var binding):
                expected = binding.Size + dimension.Offset;
                source = binding;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The name of the parameter that made a binding.</summary>
    internal string ArgumentOf(ShapeBinding binding) => Contract.Parameters[binding.Parameter].Name;

    /// <summary>The shape of the parameter that made a binding.</summary>
    internal int[] ShapeOf(ShapeBinding binding) => Shapes[binding.Parameter];
}
