using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Shouldly;

namespace DecodingChoices.Generators.Tests;

/// <summary>
/// Fails when a pipeline step's output holds a symbol, syntax node, compilation, semantic model or location: any
/// of them would defeat the cache (they never compare equal across compilations) and keep old compilations alive.
/// </summary>
internal static class RoslynObjects
{
    /// <summary>Walks the object graph of <paramref name="value"/>, fields and items, and fails on the first Roslyn object.</summary>
    internal static void AssertNone(object? value, string path) => Walk(value, path, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? node, string path, HashSet<object> visited)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !visited.Add(node))
        {
            return;
        }

        (node is ISymbol or SyntaxNode or Compilation or Location or SemanticModel).ShouldBeFalse($"{path} holds a {node.GetType().Name}");
        if (node is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }
        }

        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(node), $"{path}.{field.Name}", visited);
        }
    }
}
