using System.Diagnostics.CodeAnalysis;

namespace DecodingChoices.Data.Npy;

/// <summary>
/// An element type this reader understands, named the way numpy writes it in an <c>.npy</c> header:
/// the <c>descr</c> string is a byte order (<c>&lt;</c> little-endian, <c>&gt;</c> big-endian,
/// <c>|</c> not applicable), a kind (<c>f</c> float, <c>i</c> signed integer, <c>u</c> unsigned integer,
/// <c>b</c> bool) and the item size in bytes. So <c>'&lt;f8'</c> is a little-endian float64.
/// </summary>
internal sealed class NpyDataType
{
    private NpyDataType(string descr, string name, int itemSize, Type elementType, Func<IReadOnlyList<int>, Array> allocate)
    {
        Descr = descr;
        Name = name;
        ItemSize = itemSize;
        ElementType = elementType;
        Allocate = allocate;
    }

    /// <summary>numpy <c>float64</c> (<c>'&lt;f8'</c>), C#'s <see cref="double"/>.</summary>
    public static NpyDataType Float64 { get; } = new("<f8", "float64", 8, typeof(double), NpyStorage.Allocate<double>);

    /// <summary>numpy <c>float32</c> (<c>'&lt;f4'</c>), C#'s <see cref="float"/>.</summary>
    public static NpyDataType Float32 { get; } = new("<f4", "float32", 4, typeof(float), NpyStorage.Allocate<float>);

    /// <summary>numpy <c>int64</c> (<c>'&lt;i8'</c>), C#'s <see cref="long"/>.</summary>
    public static NpyDataType Int64 { get; } = new("<i8", "int64", 8, typeof(long), NpyStorage.Allocate<long>);

    /// <summary>numpy <c>int32</c> (<c>'&lt;i4'</c>), C#'s <see cref="int"/>.</summary>
    public static NpyDataType Int32 { get; } = new("<i4", "int32", 4, typeof(int), NpyStorage.Allocate<int>);

    /// <summary>numpy <c>uint8</c> (<c>'|u1'</c>), C#'s <see cref="byte"/>.</summary>
    public static NpyDataType UInt8 { get; } = new("|u1", "uint8", 1, typeof(byte), NpyStorage.Allocate<byte>);

    /// <summary>numpy <c>bool</c> (<c>'|b1'</c>, one byte holding 0 or 1), C#'s <see cref="bool"/>.</summary>
    public static NpyDataType Bool { get; } = new("|b1", "bool", 1, typeof(bool), NpyStorage.Allocate<bool>);

    /// <summary>Every type this reader reads, in the order error messages list them.</summary>
    public static IReadOnlyList<NpyDataType> Supported { get; } = [Float64, Float32, Int64, Int32, UInt8, Bool];

    /// <summary>The header's spelling, e.g. <c>&lt;f8</c>.</summary>
    public string Descr { get; }

    /// <summary>numpy's name, e.g. <c>float64</c>.</summary>
    public string Name { get; }

    /// <summary>Bytes per element.</summary>
    public int ItemSize { get; }

    /// <summary>The C# element type the values are read into, e.g. <see cref="double"/>.</summary>
    public Type ElementType { get; }

    /// <summary>Makes the C# array for a shape: <c>T[,]</c> for rank 2, <c>T[]</c> for rank 1 and 0.</summary>
    internal Func<IReadOnlyList<int>, Array> Allocate { get; }

    /// <summary>The supported types as a readable list, for error messages.</summary>
    public static string SupportedList => string.Join(", ", Supported.Select(type => type.ToString()));

    /// <summary>
    /// Finds the type a header's <c>descr</c> names. On failure <paramref name="problem"/> says why in
    /// words a person can act on (big-endian data, object arrays, an unsupported type).
    /// </summary>
    public static bool TryParse(string descr, [NotNullWhen(true)] out NpyDataType? type, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(descr);
        type = null;
        problem = null;
        if (descr.Length < 2 || descr[0] is not ('<' or '>' or '|' or '='))
        {
            problem = descr.StartsWith('O')
                ? ObjectArrayProblem(descr)
                : $"dtype '{descr}' does not state a byte order ('<', '>' or '|' first); supported dtypes: {SupportedList}.";
            return false;
        }

        var order = descr[0];
        var kindAndSize = descr[1..];
        if (kindAndSize.StartsWith('O'))
        {
            problem = ObjectArrayProblem(descr);
            return false;
        }

        var match = Supported.FirstOrDefault(candidate => candidate.Descr.AsSpan(1).SequenceEqual(kindAndSize));
        if (match is null)
        {
            problem = $"dtype '{descr}' ({KindName(kindAndSize[0])}) is not supported; supported dtypes: {SupportedList}.";
            return false;
        }

        if (match.ItemSize > 1 && order != '<')
        {
            problem = order == '>'
                ? $"the data is big-endian ('{descr}'); this reader reads little-endian data only: re-save it with arr.astype('{match.Descr}')."
                : $"dtype '{descr}' does not say the data is little-endian ('<'); re-save it with arr.astype('{match.Descr}').";
            return false;
        }

        type = match;
        return true;
    }

    public override string ToString() => $"{Name} ('{Descr}')";

    private static string ObjectArrayProblem(string descr) =>
        $"it is an object array (dtype '{descr}'): its elements are pickled Python objects, which only Python can read; save a numeric array instead, e.g. np.asarray(x, dtype=np.float64).";

    private static string KindName(char kind) => kind switch
    {
        'b' => "bool",
        'i' => "signed integer",
        'u' => "unsigned integer",
        'f' => "floating point",
        'c' => "complex",
        'm' => "timedelta",
        'M' => "datetime",
        'S' or 'a' => "byte string",
        'U' => "unicode string",
        'V' => "raw bytes / structured",
        _ => "unknown kind",
    };
}
