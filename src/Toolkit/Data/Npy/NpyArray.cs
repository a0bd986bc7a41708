using System.Globalization;

namespace DecodingChoices.Data.Npy;

/// <summary>
/// One array read from an <c>.npy</c> file or an <c>.npz</c> member: its header and its elements, held
/// in a C# array of the element type (<c>double[,]</c> for a float64 matrix, <c>long[]</c> for an int64
/// vector, ...). The typed getters hand out that array itself, without copying; the <c>To…</c>
/// conversions copy only when the type must change.
/// </summary>
internal sealed class NpyArray
{
    private readonly Array _values;

    internal NpyArray(string source, string key, NpyHeader header, Array values)
    {
        Source = source;
        Key = key;
        Header = header;
        _values = values;
    }

    /// <summary>The file the array came from.</summary>
    public string Source { get; }

    /// <summary>The array's name: the <c>.npz</c> key (member name without <c>.npy</c>), or the <c>.npy</c> file's name.</summary>
    public string Key { get; }

    /// <summary>The header: type, order and shape.</summary>
    public NpyHeader Header { get; }

    public NpyDataType DataType => Header.DataType;

    public IReadOnlyList<int> Shape => Header.Shape;

    public int Rank => Header.Rank;

    /// <summary>The rank-2 array, when its elements are <typeparamref name="T"/> (e.g. <c>double</c> for float64). Not a copy.</summary>
    /// <exception cref="DatasetException">The array has another rank or element type.</exception>
    public T[,] GetMatrix<T>() where T : unmanaged =>
        _values as T[,] ?? throw Mismatch($"a matrix (rank 2) of {typeof(T).Name}");

    /// <summary>The rank-1 array, when its elements are <typeparamref name="T"/>. Not a copy.</summary>
    /// <exception cref="DatasetException">The array has another rank or element type.</exception>
    public T[] GetVector<T>() where T : unmanaged =>
        Rank == 1 && _values is T[] vector ? vector : throw Mismatch($"a vector (rank 1) of {typeof(T).Name}");

    /// <summary>The value of a rank-0 array (numpy's <c>np.array(2.5)</c>), when it is a <typeparamref name="T"/>.</summary>
    /// <exception cref="DatasetException">The array has another rank or element type.</exception>
    public T GetScalar<T>() where T : unmanaged =>
        Rank == 0 && _values is T[] scalar ? scalar[0] : throw Mismatch($"a scalar (rank 0) of {typeof(T).Name}");

    /// <summary>
    /// The matrix as float64: a float64 array is returned as it is (no copy), a float32 one is widened
    /// exactly into a new <c>double[,]</c>.
    /// </summary>
    /// <exception cref="DatasetException">The array is not a rank-2 float64 or float32 array.</exception>
    public double[,] ToFloat64Matrix()
    {
        switch (_values)
        {
            case double[,] float64:
                return float64;
            case float[,] float32:
                var widened = new double[float32.GetLength(0), float32.GetLength(1)];
                var source = NpyStorage.Elements<float>(float32);
                var destination = NpyStorage.Elements<double>(widened);
                for (var k = 0; k < source.Length; k++)
                {
                    destination[k] = source[k];
                }

                return widened;
            default:
                throw Mismatch("a float64 or float32 matrix (rank 2)");
        }
    }

    /// <summary>
    /// The vector as whole numbers: int64, int32, uint8 and bool (False → 0, True → 1) arrays are
    /// converted, and float64 arrays are accepted when every element is a whole number (such as labels
    /// saved as 0.0 and 1.0). An int32 array is returned as it is (no copy).
    /// </summary>
    /// <exception cref="DatasetException">
    /// The array is not a rank-1 array of those types, or an element is not a whole number in the range
    /// of <see cref="int"/>; the message names the element's index.
    /// </exception>
    public int[] ToInt32Vector()
    {
        if (Rank != 1)
        {
            throw Mismatch("a vector (rank 1) of whole numbers");
        }

        switch (_values)
        {
            case int[] int32:
                return int32;
            case long[] int64:
                return Convert(int64, value => value is >= int.MinValue and <= int.MaxValue, value => (int)value);
            case byte[] uint8:
                return Convert(uint8, _ => true, value => value);
            case bool[] flags:
                return Convert(flags, _ => true, flag => flag ? 1 : 0);
            case double[] float64:
                return Convert(float64, value => double.IsInteger(value) && value is >= int.MinValue and <= int.MaxValue, value => (int)value);
            default:
                throw Mismatch($"a vector of whole numbers ({NpyDataType.Int64.Name}, {NpyDataType.Int32.Name}, {NpyDataType.UInt8.Name}, {NpyDataType.Bool.Name}, or {NpyDataType.Float64.Name} holding whole numbers)");
        }
    }

    public override string ToString() => $"'{Key}': {DataType}, shape {Header.ShapeText}, from {Source}";

    private int[] Convert<T>(T[] values, Func<T, bool> isWholeInt32, Func<T, int> convert)
    {
        var result = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!isWholeInt32(values[i]))
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{values[i]}");
                throw NpyReader.ArrayProblem(Source, Key,
                    $"{Key}[{i}] is {text}: the {DataType.Name} array is read as whole numbers, so every element must be a whole number from {int.MinValue} to {int.MaxValue}.");
            }

            result[i] = convert(values[i]);
        }

        return result;
    }

    private DatasetException Mismatch(string expected) =>
        NpyReader.ArrayProblem(Source, Key, $"expected {expected}, but it is {DataType} with shape {Header.ShapeText}.");
}
