using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators;

/// <summary>
/// Every diagnostic about shape contracts, in one place (docs/shape-contracts.md lists them with examples).
/// Each is reported by <see cref="ShapeContractAnalyzer"/> at the <c>[Shape]</c> attribute, or at the
/// entry within it, that needs fixing. A method whose contract has an error is passed through unchecked.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "ShapeContracts";

    /// <summary>SHAPE001: an entry that is not a name, a size, <c>*</c> or <c>name±k</c>.</summary>
    public static readonly DiagnosticDescriptor MalformedEntry = new(
        id: "SHAPE001",
        title: "Shape entry is not a dimension",
        messageFormat: "Shape entry \"{0}\" {1} is not a dimension: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each entry of [Shape] is one dimension: a name such as \"trials\", a size such as \"1\", the wildcard \"*\", or a name plus or minus a whole number such as \"neurons+1\".");

    /// <summary>SHAPE002: a contract with more or fewer entries than the array type has dimensions.</summary>
    public static readonly DiagnosticDescriptor RankMismatch = new(
        id: "SHAPE002",
        title: "Shape contract does not fit the array's rank",
        messageFormat: "[Shape] {0} has {1} {2} but its type '{3}' has rank {4}: give one entry per dimension, rows first",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A vector T[] takes one entry, a matrix T[,] two (rows, then columns).");

    /// <summary>SHAPE003: a contract on something other than a non-null double/float/int/long/bool array of rank 1 or 2.</summary>
    public static readonly DiagnosticDescriptor UnsupportedType = new(
        id: "SHAPE003",
        title: "Shape contract on a type that has no shape",
        messageFormat: "[Shape] {0} is on type '{1}', which cannot carry a shape contract: use T[] or T[,] of double, float, int, long or bool, not nullable",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Shape contracts describe vectors and matrices. A scalar such as a double return value has no shape: leave the attribute off.");

    /// <summary>SHAPE004: a return dimension that no parameter binds.</summary>
    public static readonly DiagnosticDescriptor UnboundReturnDimension = new(
        id: "SHAPE004",
        title: "Return dimension is bound by no parameter",
        messageFormat: "The return value of '{0}' uses dimension '{1}', which no parameter binds: give a parameter the entry \"{1}\", or use a size or \"*\"",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A returned size is checked against the sizes the arguments bound in the same call, so every name it uses must appear bare on a parameter.");

    /// <summary>SHAPE005: a name used only with arithmetic (<c>neurons+1</c>) that no parameter carries bare.</summary>
    public static readonly DiagnosticDescriptor UnknownDimension = new(
        id: "SHAPE005",
        title: "Dimension in arithmetic is never bound",
        messageFormat: "Dimension '{0}' in \"{1}\" {2} is unknown: no parameter of '{3}' has the bare entry \"{0}\" that binds its size",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Only a bare name binds a size; \"neurons+1\" needs another parameter with \"neurons\" to know what neurons is.");

    /// <summary>SHAPE006: two names in one method that look like one name misspelled (<c>neuron</c>/<c>neurons</c>).</summary>
    public static readonly DiagnosticDescriptor NearDuplicateName = new(
        id: "SHAPE006",
        title: "Dimension names that differ by a letter",
        messageFormat: "Dimension '{0}' {1} looks like a misspelling of '{2}': different names are different dimensions, so use one spelling",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Names that differ only in case, by a plural s, or by one letter are almost always one dimension spelled two ways, and would never be compared.");

    /// <summary>SHAPE007: an interface or member the generated checked class cannot implement.</summary>
    public static readonly DiagnosticDescriptor UnsupportedMember = new(
        id: "SHAPE007",
        title: "Shape contract interface cannot be wrapped",
        messageFormat: "'{0}' cannot be implemented by the generated {1}: {2}; no {1} is generated",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The checked class implements every member by forwarding it. It supports non-generic methods with by-value parameters on a non-generic, non-nested interface.");
}
