using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DecodingChoices.Analyzers;

/// <summary>
/// COURSE006 (an error): exercise code uses an API it must not: reflection, the file system, processes, the
/// network, <c>Environment.Exit</c>/<c>FailFast</c>, <c>AppDomain</c>, <c>AssemblyLoadContext</c>,
/// <c>Marshal</c>/<c>NativeMemory</c>/<c>NativeLibrary</c>, P/Invoke, or a <c>[ModuleInitializer]</c>.
/// </summary>
/// <remarks>
/// <para>
/// The check is on symbols, not text: every method called, object created, property, field or event read,
/// and method group taken in exercise code is resolved by the compiler, and its containing type (and
/// namespace) is looked up in the rules below. Aliases, <c>using static</c> and fully qualified names all
/// resolve to the same symbol, and a <c>using System.IO;</c> that is never used costs nothing: the grader's
/// implicit usings include it, and <c>Console</c>, <c>StringReader</c> or <c>TextWriter</c> are fine.
/// </para>
/// <para>
/// Each use is reported once: an instance member reached through an object of a banned type (the
/// <c>.Invoke</c> of a <c>MethodInfo</c>, the <c>.Length</c> of a <c>new FileInfo(…)</c>) is not reported
/// again, since obtaining that object already was.
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ForbiddenApiAnalyzer : DiagnosticAnalyzer
{
    private const string Reflection = "reflection";
    private const string FileSystem = "the file system";
    private const string Processes = "another process";
    private const string Network = "the network";
    private const string Exiting = "ending the process";
    private const string Loading = "loading assemblies";
    private const string NativeMemory = "native memory";

    /// <summary>Namespaces banned whole (and every namespace inside them).</summary>
    private static readonly (string Namespace, string What)[] BannedNamespaces =
    [
        ("System.Reflection", Reflection),
        ("System.Net", Network),
        ("System.Runtime.Loader", Loading),
        ("System.IO.MemoryMappedFiles", FileSystem),
        ("System.IO.Pipes", Processes),
        ("System.IO.IsolatedStorage", FileSystem),
        ("System.IO.Enumeration", FileSystem),
    ];

    /// <summary>Types banned whole, by full name.</summary>
    private static readonly Dictionary<string, string> BannedTypes = new(StringComparer.Ordinal)
    {
        ["System.Activator"] = Reflection,
        ["System.IO.File"] = FileSystem,
        ["System.IO.FileInfo"] = FileSystem,
        ["System.IO.Directory"] = FileSystem,
        ["System.IO.DirectoryInfo"] = FileSystem,
        ["System.IO.FileSystemInfo"] = FileSystem,
        ["System.IO.FileStream"] = FileSystem,
        ["System.IO.DriveInfo"] = FileSystem,
        ["System.IO.FileSystemWatcher"] = FileSystem,
        ["System.IO.RandomAccess"] = FileSystem,
        ["System.IO.Path"] = FileSystem,
        ["System.Diagnostics.Process"] = Processes,
        ["System.Diagnostics.ProcessStartInfo"] = Processes,
        ["System.AppDomain"] = Loading,
        ["System.Runtime.InteropServices.Marshal"] = NativeMemory,
        ["System.Runtime.InteropServices.NativeMemory"] = NativeMemory,
        ["System.Runtime.InteropServices.NativeLibrary"] = NativeMemory,
    };

    /// <summary>Single members banned on types that are otherwise fine.</summary>
    private static readonly Dictionary<string, string> BannedMembers = new(StringComparer.Ordinal)
    {
        ["System.Environment.Exit"] = Exiting,
        ["System.Environment.FailFast"] = Exiting,
        ["System.Type.GetType"] = Reflection,
        ["System.Type.InvokeMember"] = Reflection,
        ["System.Type.GetTypeFromProgID"] = Reflection,
        ["System.Type.GetTypeFromCLSID"] = Reflection,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.ForbiddenApi];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            AnalyzeUse,
            OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.PropertyReference,
            OperationKind.FieldReference, OperationKind.EventReference, OperationKind.MethodReference);
        context.RegisterSymbolAction(AnalyzeMethod, SymbolKind.Method);
    }

    private static void AnalyzeUse(OperationAnalysisContext context)
    {
        var (member, instance) = context.Operation switch
        {
            IInvocationOperation invocation => ((ISymbol)invocation.TargetMethod, invocation.Instance),
            IObjectCreationOperation { Constructor: { } constructor } => (constructor, null),
            IPropertyReferenceOperation property => (property.Property, property.Instance),
            IFieldReferenceOperation field => (field.Field, field.Instance),
            IEventReferenceOperation @event => (@event.Event, @event.Instance),
            IMethodReferenceOperation method => (method.Method, method.Instance),
            _ => ((ISymbol?)null, (IOperation?)null),
        };
        // An instance member is judged by the object it is reached through: typeof(double).Name is a
        // System.Type's name (fine), although Name is declared on System.Reflection.MemberInfo.
        var receiver = instance is { IsImplicit: false } ? instance.Type : null;
        if (member is null || WhatItUses(member, receiver) is not { } what)
        {
            return;
        }

        // Reached through an object that was itself obtained from a banned API: reported there already.
        if (receiver is not null && TypeRule(receiver) is not null)
        {
            return;
        }

        var exercise = ExerciseCode.ExerciseMethodOf(context.ContainingSymbol, context.Compilation);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ForbiddenApi,
            LocationOf(context.Operation.Syntax).GetLocation(),
            ExerciseCode.Describe(exercise),
            Name(member),
            what));
    }

    /// <summary>[ModuleInitializer] runs before any exercise is called; [DllImport] and [LibraryImport] reach native code.</summary>
    private static void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        var exercise = ExerciseCode.ExerciseMethodOf(method, context.Compilation);
        foreach (var attribute in method.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            var what = name switch
            {
                "System.Runtime.CompilerServices.ModuleInitializerAttribute" => "a module initializer (code that runs before any exercise is called)",
                "System.Runtime.InteropServices.DllImportAttribute" or "System.Runtime.InteropServices.LibraryImportAttribute" => "native code (P/Invoke)",
                _ => null,
            };
            if (what is not null && attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is { } syntax)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ForbiddenApi, syntax.GetLocation(), ExerciseCode.Describe(exercise), $"[{ShortName(attribute.AttributeClass!)}]", what));
            }
        }
    }

    /// <summary>What a member reaches, in words, or null when exercise code may use it.</summary>
    private static string? WhatItUses(ISymbol member, ITypeSymbol? receiver)
    {
        if (member.ContainingType is not { } type)
        {
            return null;
        }

        if (BannedMembers.TryGetValue($"{type.ToDisplayString()}.{member.Name}", out var banned)
            && !(member.Name == "GetType" && !member.IsStatic))
        {
            return banned;
        }

        if (TypeRule(receiver ?? type) is { } rule)
        {
            return rule;
        }

        // new StreamReader("path") and new StreamWriter("path") open files; over a stream they are fine.
        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.Length: > 0 } constructor
            && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String
            && type.ToDisplayString() is "System.IO.StreamReader" or "System.IO.StreamWriter")
        {
            return FileSystem;
        }

        // Reflection reached from elsewhere: typeof(T).GetMethod(…), Delegate.Method, Exception.TargetSite.
        var result = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return result is not null && InReflection(result) ? Reflection : null;
    }

    /// <summary>The rule for a whole type (its own name, or its namespace), or null.</summary>
    private static string? TypeRule(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.ContainingType)
        {
            if (BannedTypes.TryGetValue(current.OriginalDefinition.ToDisplayString(), out var banned))
            {
                return banned;
            }
        }

        var space = type.ContainingNamespace?.ToDisplayString() ?? "";
        foreach (var (prefix, what) in BannedNamespaces)
        {
            if (space == prefix || space.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return what;
            }
        }

        return null;
    }

    private static bool InReflection(ITypeSymbol type)
    {
        var element = type is IArrayTypeSymbol array ? array.ElementType : type;
        var space = element.ContainingNamespace?.ToDisplayString() ?? "";
        return space == "System.Reflection" || space.StartsWith("System.Reflection.", StringComparison.Ordinal);
    }

    /// <summary>"ModuleInitializer" for ModuleInitializerAttribute, as the attribute is written.</summary>
    private static string ShortName(INamedTypeSymbol attribute) =>
        attribute.Name.EndsWith("Attribute", StringComparison.Ordinal) ? attribute.Name.Substring(0, attribute.Name.Length - "Attribute".Length) : attribute.Name;

    /// <summary>"File.ReadAllText", "new FileStream", "Environment.Exit".</summary>
    private static string Name(ISymbol member) => member is IMethodSymbol { MethodKind: MethodKind.Constructor }
        ? $"new {member.ContainingType.Name}"
        : $"{member.ContainingType.Name}.{member.Name}";

    /// <summary>A call is reported at the method's name (<c>File.ReadAllText</c>), not over its arguments.</summary>
    private static SyntaxNode LocationOf(SyntaxNode syntax) => syntax is InvocationExpressionSyntax invocation ? invocation.Expression : syntax;
}
