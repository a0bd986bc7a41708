using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DecodingChoices.Generators.Models;
using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators;

/// <summary>
/// Reads a <c>[ShapeContract]</c> interface into a <see cref="ContractModel"/> and lists what is wrong with
/// its contracts. The generator keeps only the model; the analyzer reports the problems.
/// </summary>
internal static class ContractReader
{
    internal const string ContractAttributeName = "DecodingChoices.Shapes.ShapeContractAttribute";
    internal const string ShapeAttributeName = "DecodingChoices.Shapes.ShapeAttribute";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>How messages print a type: as written in C# (<c>double[,]</c>, not <c>double[*,*]</c>).</summary>
    private static readonly SymbolDisplayFormat MessageFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseAsterisksInMultiDimensionalArrays);

    /// <summary>The model (null when the interface cannot be wrapped) and every problem found.</summary>
    internal static (ContractModel? Model, ImmutableArray<ContractProblem> Problems) Read(INamedTypeSymbol contract, CancellationToken cancellationToken)
    {
        var problems = new List<ContractProblem>();
        var checkedClassName = CheckedClassName(contract.Name);
        var wrappable = true;
        void Unsupported(ISymbol symbol, string reason)
        {
            problems.Add(new ContractProblem(DiagnosticDescriptors.UnsupportedMember, symbol, null, -1, [symbol.ToDisplayString(), checkedClassName, reason]));
            wrappable = false;
        }

        if (contract.IsGenericType)
        {
            Unsupported(contract, "generic interfaces are not supported");
        }

        if (contract.ContainingType is not null)
        {
            Unsupported(contract, "nested interfaces are not supported; declare the interface directly in a namespace");
        }

        var methods = new List<MethodModel>();
        foreach (var member in MembersToImplement(contract))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: true }:
                    Unsupported(member, "generic methods are not supported");
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method when method.RefKind != RefKind.None || method.Parameters.Any(parameter => parameter.RefKind != RefKind.None):
                    Unsupported(member, "ref, out and in parameters and ref returns are not supported");
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                    methods.Add(ReadMethod(method, problems, cancellationToken));
                    break;
                case IPropertySymbol or IEventSymbol:
                    Unsupported(member, "properties, indexers and events are not supported");
                    break;
            }
        }

        var model = wrappable
            ? new ContractModel(
                contract.ContainingNamespace.IsGlobalNamespace ? null : contract.ContainingNamespace.ToDisplayString(),
                contract.Name,
                contract.ToDisplayString(TypeFormat),
                checkedClassName,
                contract.DeclaredAccessibility == Accessibility.Public,
                new EquatableArray<MethodModel>(methods))
            : null;
        return (model, problems.ToImmutableArray());
    }

    /// <summary>ICourseExercises → CheckedCourseExercises; Foo → CheckedFoo.</summary>
    internal static string CheckedClassName(string interfaceName) =>
        interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1])
            ? "Checked" + interfaceName.Substring(1)
            : "Checked" + interfaceName;

    private static IEnumerable<ISymbol> MembersToImplement(INamedTypeSymbol contract) =>
        new[] { contract }.Concat(contract.AllInterfaces)
            .SelectMany(type => type.GetMembers())
            .Where(member => !member.IsStatic && member.IsAbstract);

    private static MethodModel ReadMethod(IMethodSymbol method, List<ContractProblem> problems, CancellationToken cancellationToken)
    {
        var errorsBefore = ErrorCount(problems);
        var sites = new List<EntrySite>();
        var parameters = new List<ParameterModel>();
        foreach (var parameter in method.Parameters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var where = $"on parameter '{parameter.Name}' of '{method.Name}'";
            var shape = ReadShape(parameter.Type, FindShape(parameter.GetAttributes()), where, parameter, isResult: false, problems, sites);
            parameters.Add(new ParameterModel(parameter.Name, parameter.Type.ToDisplayString(TypeFormat), shape));
        }

        var result = ReadShape(method.ReturnType, FindShape(method.GetReturnTypeAttributes()), $"on the return value of '{method.Name}'", method, isResult: true, problems, sites);
        if (ErrorCount(problems) == errorsBefore)
        {
            CheckNames(method, sites, problems);
        }

        return new MethodModel(
            method.Name,
            method.ReturnsVoid ? "void" : method.ReturnType.ToDisplayString(TypeFormat),
            method.ReturnsVoid,
            new EquatableArray<ParameterModel>(parameters),
            result,
            Checkable: ErrorCount(problems) == errorsBefore);
    }

    private static ShapeModel? ReadShape(
        ITypeSymbol type, AttributeData? attribute, string where, ISymbol owner, bool isResult,
        List<ContractProblem> problems, List<EntrySite> sites)
    {
        if (attribute?.AttributeConstructor is null)
        {
            return null;
        }

        if (type is not IArrayTypeSymbol { Rank: 1 or 2 } array || !IsSupportedElement(array.ElementType) || type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            problems.Add(new ContractProblem(DiagnosticDescriptors.UnsupportedType, owner, attribute, -1, [where, type.ToDisplayString(MessageFormat)]));
            return null;
        }

        var entries = Entries(attribute);
        if (entries.Count != array.Rank)
        {
            var noun = entries.Count == 1 ? "entry" : "entries";
            problems.Add(new ContractProblem(DiagnosticDescriptors.RankMismatch, owner, attribute, -1, [where, entries.Count, noun, type.ToDisplayString(MessageFormat), array.Rank]));
            return null;
        }

        var dimensions = new List<DimensionModel>();
        for (var index = 0; index < entries.Count; index++)
        {
            if (DimensionParser.TryParse(entries[index], out var dimension, out var problem))
            {
                dimensions.Add(dimension);
                sites.Add(new EntrySite(dimension, owner, attribute, index, isResult, where));
            }
            else
            {
                problems.Add(new ContractProblem(DiagnosticDescriptors.MalformedEntry, owner, attribute, index, [entries[index] ?? "null", where, problem]));
            }
        }

        return dimensions.Count == entries.Count
            ? new ShapeModel(new EquatableArray<DimensionModel>(dimensions), Hint(attribute))
            : null;
    }

    /// <summary>SHAPE004 and SHAPE005 (names nothing binds) and SHAPE006 (names that look misspelled).</summary>
    private static void CheckNames(IMethodSymbol method, List<EntrySite> sites, List<ContractProblem> problems)
    {
        var bound = new HashSet<string>(sites.Where(site => !site.IsResult && site.Dimension.IsPlainName).Select(site => site.Dimension.Name));
        // Visit the entries in binding order (highest rank first, the result last), so a near-duplicate is
        // reported on the spelling that did not bind: the data matrix's names are the authority.
        var rankOf = sites.Where(site => !site.IsResult).GroupBy(site => site.Owner, SymbolEqualityComparer.Default)
            .ToDictionary(group => group.Key!, group => group.Count(), SymbolEqualityComparer.Default);
        var inBindingOrder = sites
            .Where(site => site.Dimension.Kind == DimensionKind.Named)
            .OrderBy(site => site.IsResult)
            .ThenByDescending(site => site.IsResult ? 0 : rankOf[site.Owner]);
        var firstOfEachName = new List<EntrySite>();
        foreach (var site in inBindingOrder)
        {
            var name = site.Dimension.Name;
            if (!bound.Contains(name))
            {
                problems.Add(site.IsResult
                    ? Problem(DiagnosticDescriptors.UnboundReturnDimension, site, method.Name, name)
                    : Problem(DiagnosticDescriptors.UnknownDimension, site, name, site.Dimension.ToString(), site.Where, method.Name));
            }

            if (firstOfEachName.Any(first => first.Dimension.Name == name))
            {
                continue;
            }

            var similar = firstOfEachName.FirstOrDefault(first => NearDuplicateNames.AreNearDuplicates(first.Dimension.Name, name));
            if (similar is not null)
            {
                problems.Add(Problem(DiagnosticDescriptors.NearDuplicateName, site, name, site.Where, similar.Dimension.Name));
            }

            firstOfEachName.Add(site);
        }
    }

    private static ContractProblem Problem(DiagnosticDescriptor descriptor, EntrySite site, params object[] arguments) =>
        new(descriptor, site.Owner, site.Attribute, site.Index, arguments);

    private static int ErrorCount(List<ContractProblem> problems) =>
        problems.Count(problem => problem.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);

    private static AttributeData? FindShape(ImmutableArray<AttributeData> attributes) =>
        attributes.FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == ShapeAttributeName);

    private static IReadOnlyList<string?> Entries(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1)
        {
            return [];
        }

        var argument = attribute.ConstructorArguments[0];
        if (argument.Kind != TypedConstantKind.Array)
        {
            return [argument.Value as string];
        }

        return argument.IsNull ? [null] : argument.Values.Select(value => value.Value as string).ToList();
    }

    private static string? Hint(AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Hint").Value.Value as string;

    private static bool IsSupportedElement(ITypeSymbol element) => element.SpecialType is
        SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Boolean;
}
