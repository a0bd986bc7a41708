using Microsoft.CodeAnalysis;

namespace DecodingChoices.Generators;

/// <summary>
/// Every diagnostic of the course's generators, in one place.
/// <list type="bullet">
/// <item><description>SHAPE001–007, about shape contracts (docs/shape-contracts.md lists them with examples): each
/// is reported by <see cref="ShapeContractAnalyzer"/> at the <c>[Shape]</c> attribute, or at the entry within it,
/// that needs fixing. A method whose contract has an error is passed through unchecked.</description></item>
/// <item><description>COURSE101–110, about the exercise manifests (<c>src/Exercises/*/exercise.json</c>): each is
/// reported by <see cref="Catalog.ExerciseCatalogGenerator"/> in the manifest, at the value that needs fixing.
/// A manifest that cannot be read is left out of the catalog; the error fails the build either way.</description></item>
/// </list>
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "ShapeContracts";

    private const string ManifestCategory = "ExerciseManifests";

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

    /// <summary>COURSE101: a manifest that is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor MalformedManifest = new(
        id: "COURSE101",
        title: "Exercise manifest is not valid JSON",
        messageFormat: "The manifest is not valid JSON at line {1}, column {2}: {0}",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "exercise.json is strict JSON: keys and strings in double quotes, no comments, no trailing commas.");

    /// <summary>COURSE102: a required field that the manifest leaves out.</summary>
    public static readonly DiagnosticDescriptor MissingManifestField = new(
        id: "COURSE102",
        title: "Exercise manifest lacks a field",
        messageFormat: "Manifest field \"{0}\" is missing: add it, as {1}",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every manifest has id, method, title, task, points, files and stub { usings, comments, task }.");

    /// <summary>COURSE103: a field of the wrong JSON type (a string where a number belongs, a fraction, …).</summary>
    public static readonly DiagnosticDescriptor WrongManifestFieldType = new(
        id: "COURSE103",
        title: "Exercise manifest field has the wrong type",
        messageFormat: "{0} is {1}, but it must be {2}",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "id, method, title and stub.task are strings; task and points whole numbers; files, stub.usings and stub.comments arrays of strings.");

    /// <summary>COURSE104: a folder whose name is not <c>{id}-{method}</c>.</summary>
    public static readonly DiagnosticDescriptor FolderMismatch = new(
        id: "COURSE104",
        title: "Exercise folder disagrees with its manifest",
        messageFormat: "The folder is named '{0}', but the manifest's id and method name it '{1}': rename the folder or correct the manifest",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The course finds an exercise's files at src/Exercises/{id}-{method}, so the folder's name is derived from the manifest, never chosen apart from it.");

    /// <summary>COURSE105: a method that <c>ICourseExercises</c> does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownExerciseMethod = new(
        id: "COURSE105",
        title: "Exercise method is not on the exercise contract",
        messageFormat: "Method '{0}' is not a member of DecodingChoices.Course.ICourseExercises: name one of its methods ({1})",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each exercise is one method of the contract both course tracks implement; the stub's signature and the checks are found by that name.");

    /// <summary>COURSE106: a file list that does not start with <c>{method}.cs</c>.</summary>
    public static readonly DiagnosticDescriptor MainFileMismatch = new(
        id: "COURSE106",
        title: "Exercise file list does not start with the method's file",
        messageFormat: "The file list must start with '{1}', the file that declares the method, but it starts with {0}",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The first file is the one the stub is written to and the one the not-implemented message tells the student to open.");

    /// <summary>COURSE107: two manifests with one id.</summary>
    public static readonly DiagnosticDescriptor DuplicateExerciseId = new(
        id: "COURSE107",
        title: "Two exercises share an id",
        messageFormat: "Exercise id '{0}' is already used by {1}: each exercise needs its own id",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Students and instructors name an exercise by its id (course hint 1B), so no two may share one.");

    /// <summary>COURSE108: two manifests with one task number.</summary>
    public static readonly DiagnosticDescriptor DuplicateExerciseTask = new(
        id: "COURSE108",
        title: "Two exercises share a task number",
        messageFormat: "Task {0} is already the task of {1}: each exercise needs its own task number",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The task number orders the catalog and numbers the results Exercism and the workflows report.");

    /// <summary>COURSE109: a task number outside 1..n, for n manifests.</summary>
    public static readonly DiagnosticDescriptor TaskOutOfSequence = new(
        id: "COURSE109",
        title: "Exercise tasks are not numbered 1 to n",
        messageFormat: "Task {0} is outside 1..{1}: the {1} exercises must be numbered 1 to {1} without gaps",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Tasks run from 1 without gaps, in the tutorial's order, so that task n is the n-th exercise.");

    /// <summary>COURSE110: points of zero or less.</summary>
    public static readonly DiagnosticDescriptor NonPositivePoints = new(
        id: "COURSE110",
        title: "Exercise points are not positive",
        messageFormat: "Points must be positive, but the manifest gives {0}",
        category: ManifestCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The points are what the step's visible checks are worth; an exercise worth nothing would never count.");
}
