using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators;

/// <summary>
/// Something wrong with a contract, found while reading it: the analyzer turns it into a diagnostic
/// (and the generator only notes that the method cannot be checked). Holds symbols, so it never enters
/// the generator's cached models.
/// </summary>
/// <param name="Descriptor">Which diagnostic.</param>
/// <param name="Symbol">The symbol to point at when there is no attribute.</param>
/// <param name="Attribute">The <c>[Shape]</c> attribute to point at, if the problem is in one.</param>
/// <param name="EntryIndex">Which entry of the attribute, or -1 for the whole attribute.</param>
/// <param name="Arguments">The message's arguments.</param>
internal sealed record ContractProblem(
    DiagnosticDescriptor Descriptor,
    ISymbol Symbol,
    AttributeData? Attribute,
    int EntryIndex,
    object[] Arguments);
