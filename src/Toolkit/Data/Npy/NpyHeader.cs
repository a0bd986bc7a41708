namespace DecodingChoices.Data.Npy;

/// <summary>
/// What an <c>.npy</c> header says about the array that follows it: the format version, the element
/// type, whether the elements are in Fortran (column-major) order, and the shape. The data starts at
/// <see cref="DataOffset"/> bytes from the start of the <c>.npy</c> file and holds
/// <see cref="ByteCount"/> bytes.
/// </summary>
/// <param name="Version">The format version, (1, 0), (2, 0) or (3, 0).</param>
/// <param name="DataType">The element type.</param>
/// <param name="FortranOrder">True when the elements are stored column by column.</param>
/// <param name="Shape">The length along each dimension; empty for a scalar (rank 0).</param>
/// <param name="DataOffset">The length of magic, version, header length and header.</param>
internal sealed record NpyHeader(Version Version, NpyDataType DataType, bool FortranOrder, IReadOnlyList<int> Shape, int DataOffset)
{
    /// <summary>The number of dimensions: 0 for a scalar, 1 for a vector, 2 for a matrix.</summary>
    public int Rank => Shape.Count;

    /// <summary>The number of elements: the product of the shape (1 for a scalar).</summary>
    public long ElementCount => Shape.Aggregate(1L, (product, length) => length == 0 || product <= long.MaxValue / length ? product * length : long.MaxValue);

    /// <summary>The number of data bytes after the header.</summary>
    public long ByteCount => ElementCount <= long.MaxValue / DataType.ItemSize ? ElementCount * DataType.ItemSize : long.MaxValue;

    /// <summary>The shape as numpy prints it: <c>()</c>, <c>(276,)</c>, <c>(276, 691)</c>.</summary>
    public string ShapeText => FormatShape(Shape);

    /// <summary>numpy's way of printing a shape: <c>()</c>, <c>(5,)</c>, <c>(2, 3)</c>.</summary>
    public static string FormatShape(IReadOnlyList<int> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return shape.Count == 1 ? $"({shape[0]},)" : $"({string.Join(", ", shape)})";
    }

    /// <summary>
    /// Interprets the parsed header dictionary. Returns null and a <paramref name="problem"/> (to be
    /// reported with the file and key) when the dictionary is not a valid, supported header.
    /// </summary>
    internal static NpyHeader? FromDictionary(object? parsed, Version version, int dataOffset, out string? problem)
    {
        problem = null;
        if (parsed is not Dictionary<string, object?> dictionary)
        {
            problem = "malformed header: it is not a Python dictionary.";
            return null;
        }

        string[] expectedKeys = ["descr", "fortran_order", "shape"];
        var missing = expectedKeys.Where(key => !dictionary.ContainsKey(key)).ToArray();
        var unexpected = dictionary.Keys.Where(key => !expectedKeys.Contains(key)).Order(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0 || unexpected.Length > 0)
        {
            var parts = new List<string>();
            if (missing.Length > 0)
            {
                parts.Add($"missing {Quoted(missing)}");
            }

            if (unexpected.Length > 0)
            {
                parts.Add($"unexpected {Quoted(unexpected)}");
            }

            problem = $"malformed header: the keys must be exactly 'descr', 'fortran_order' and 'shape' ({string.Join("; ", parts)}).";
            return null;
        }

        if (dictionary["fortran_order"] is not bool fortranOrder)
        {
            problem = $"malformed header: 'fortran_order' must be True or False, not {Describe(dictionary["fortran_order"])}.";
            return null;
        }

        var shape = ReadShape(dictionary["shape"], out problem);
        if (shape is null)
        {
            return null;
        }

        var dataType = ReadDataType(dictionary["descr"], out problem);
        if (dataType is null)
        {
            return null;
        }

        if (shape.Length > 2)
        {
            problem = $"the array has shape {FormatShape(shape)}, rank {shape.Length}; this reader reads rank 0 (scalar), 1 (vector) and 2 (matrix).";
            return null;
        }

        if (fortranOrder && shape.Length == 2)
        {
            problem = $"the array {FormatShape(shape)} was saved in Fortran order (fortran_order: True, column by column); this reader reads C order only: re-save it with np.ascontiguousarray(arr).";
            return null;
        }

        var header = new NpyHeader(version, dataType, fortranOrder, shape, dataOffset);
        if (header.ByteCount > Array.MaxLength)
        {
            problem = $"the array {header.ShapeText} of {dataType} holds {header.ByteCount} bytes, more than this reader can hold in one array ({Array.MaxLength} bytes).";
            return null;
        }

        return header;
    }

    private static int[]? ReadShape(object? value, out string? problem)
    {
        problem = null;
        if (value is not object?[] items)
        {
            problem = $"malformed header: 'shape' must be a tuple of whole numbers such as (276, 691), not {Describe(value)}.";
            return null;
        }

        var shape = new int[items.Length];
        for (var axis = 0; axis < items.Length; axis++)
        {
            if (items[axis] is not long length || length < 0 || length > Array.MaxLength)
            {
                problem = $"malformed header: 'shape' entry {axis} is {Describe(items[axis])}; each must be a whole number from 0 to {Array.MaxLength}.";
                return null;
            }

            shape[axis] = (int)length;
        }

        return shape;
    }

    private static NpyDataType? ReadDataType(object? value, out string? problem)
    {
        problem = null;
        switch (value)
        {
            case string descr:
                return NpyDataType.TryParse(descr, out var type, out problem) ? type : null;
            case List<object?>:
                problem = $"the array has a structured (record) dtype {Describe(value)}; this reader reads plain arrays of one type: {NpyDataType.SupportedList}.";
                return null;
            default:
                problem = $"malformed header: 'descr' must be a dtype string such as '<f8', not {Describe(value)}.";
                return null;
        }
    }

    private static string Quoted(IEnumerable<string> keys) => string.Join(", ", keys.Select(key => $"'{key}'"));

    private static string Describe(object? value) => value switch
    {
        null => "None",
        string text => $"'{text}'",
        bool flag => flag ? "True" : "False",
        object?[] tuple => tuple.Length == 1 ? $"({Describe(tuple[0])},)" : $"({string.Join(", ", tuple.Select(Describe))})",
        List<object?> list => $"[{string.Join(", ", list.Select(Describe))}]",
        Dictionary<string, object?> => "a dictionary",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}
