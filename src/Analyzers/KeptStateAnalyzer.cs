using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DecodingChoices.Analyzers;

/// <summary>
/// COURSE004: a field in exercise code that keeps state from one call to the next: a static field that is
/// not <c>const</c> or <c>readonly</c>, a <c>static readonly</c> array or collection (a cache or a reused
/// buffer: its contents still change), a static property with a setter, and the same on the student's
/// class <c>StudentExercises</c> for instance fields (the autograder calls one instance many times).
/// </summary>
/// <remarks>
/// Instance fields of a helper type a student creates inside a call are not state between calls and are
/// left alone. <c>const</c> and <c>static readonly</c> scalars, strings and immutable collections are fine.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class KeptStateAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.KeptState];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeField, SymbolKind.Field);
        context.RegisterSymbolAction(AnalyzeProperty, SymbolKind.Property);
    }

    private static void AnalyzeField(SymbolAnalysisContext context)
    {
        var field = (IFieldSymbol)context.Symbol;
        if (field.IsConst || field.IsImplicitlyDeclared || !ExerciseCode.Contains(field) || !Persists(field)
            || (field.IsReadOnly && !HoldsChangingContents(field.Type)))
        {
            return;
        }

        Report(context, field, field.IsStatic ? "static field" : "field");
    }

    /// <summary>Auto-properties with a setter: their hidden field is state too.</summary>
    private static void AnalyzeProperty(SymbolAnalysisContext context)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (!ExerciseCode.Contains(property) || !Persists(property) || !IsAutoProperty(property))
        {
            return;
        }

        var settable = property.SetMethod is { IsInitOnly: false };
        if (settable || HoldsChangingContents(property.Type))
        {
            Report(context, property, property.IsStatic ? "static property" : "property");
        }
    }

    /// <summary>Static members live for the whole run; instance members of StudentExercises live as long as its one instance.</summary>
    private static bool Persists(ISymbol member) =>
        member.IsStatic || member.ContainingType is { Name: ExerciseCode.StudentClass, ContainingType: null };

    private static bool IsAutoProperty(IPropertySymbol property)
    {
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol { IsImplicitlyDeclared: true } backing && SymbolEqualityComparer.Default.Equals(backing.AssociatedSymbol, property))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Arrays and the mutable collections: a readonly field still lets their contents change.</summary>
    private static bool HoldsChangingContents(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return true;
        }

        var space = type.ContainingNamespace?.ToDisplayString() ?? "";
        return (space == "System.Collections" || space.StartsWith("System.Collections.", System.StringComparison.Ordinal))
            && !space.StartsWith("System.Collections.Immutable", System.StringComparison.Ordinal)
            && !space.StartsWith("System.Collections.Frozen", System.StringComparison.Ordinal);
    }

    private static void Report(SymbolAnalysisContext context, ISymbol member, string kind)
    {
        foreach (var location in member.Locations)
        {
            if (location.IsInSource)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KeptState, location, "Exercise code", kind, member.Name));
                return;
            }
        }
    }
}
