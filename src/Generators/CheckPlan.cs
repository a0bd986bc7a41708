using System.Collections.Generic;
using System.Linq;
using DecodingChoices.Generators.Models;

namespace DecodingChoices.Generators;

/// <summary>
/// The checks of one method, worked out at compile time with the same rule the toolkit's
/// <c>MethodShapeContract</c> uses to explain a failure: visit the shaped parameters from the highest
/// rank to the lowest (ties in parameter order); each bare name takes its size from its first entry met;
/// every other entry (another occurrence of a name, <c>name±k</c>, a size) becomes one integer comparison.
/// </summary>
internal sealed class CheckPlan
{
    private readonly HashSet<(int Parameter, int Axis)> _bindingSites = [];

    public CheckPlan(MethodModel method)
    {
        Shaped = method.Parameters
            .Select((parameter, index) => (Index: index, parameter.Shape))
            .Where(entry => entry.Shape is not null)
            .Select(entry => (entry.Index, Shape: entry.Shape!))
            .ToList();

        foreach (var (index, shape) in Shaped.OrderByDescending(entry => entry.Shape.Rank))
        {
            for (var axis = 0; axis < shape.Rank; axis++)
            {
                var dimension = shape.Dimensions[axis];
                if (dimension.IsPlainName && Bindings.All(binding => binding.Name != dimension.Name))
                {
                    Bindings.Add((dimension.Name, index, axis));
                    _bindingSites.Add((index, axis));
                }
            }
        }

        ArgumentChecks = Shaped
            .SelectMany(entry => Enumerable.Range(0, entry.Shape.Rank)
                .Where(axis => !_bindingSites.Contains((entry.Index, axis)) && entry.Shape.Dimensions[axis].Kind != DimensionKind.Any)
                .Select(axis => (entry.Index, axis, entry.Shape.Dimensions[axis])))
            .ToList();

        ResultChecks = method.Result is { } result
            ? Enumerable.Range(0, result.Rank)
                .Where(axis => result.Dimensions[axis].Kind != DimensionKind.Any)
                .Select(axis => (axis, result.Dimensions[axis]))
                .ToList()
            : [];
    }

    /// <summary>The parameters that have a contract, in parameter order.</summary>
    public List<(int Index, ShapeModel Shape)> Shaped { get; }

    /// <summary>Which parameter and axis gives each name its size, in binding order.</summary>
    public List<(string Name, int Parameter, int Axis)> Bindings { get; } = [];

    /// <summary>The comparisons on the arguments: parameter, axis and the entry it must match.</summary>
    public List<(int Parameter, int Axis, DimensionModel Expected)> ArgumentChecks { get; }

    /// <summary>The comparisons on the returned array: axis and the entry it must match.</summary>
    public List<(int Axis, DimensionModel Expected)> ResultChecks { get; }

    /// <summary>The bindings some comparison reads (the others need no local variable).</summary>
    public IEnumerable<(string Name, int Parameter, int Axis)> UsedBindings
    {
        get
        {
            var used = new HashSet<string>(ArgumentChecks.Select(check => check.Expected.Name)
                .Concat(ResultChecks.Select(check => check.Expected.Name)));
            return Bindings.Where(binding => used.Contains(binding.Name));
        }
    }
}
