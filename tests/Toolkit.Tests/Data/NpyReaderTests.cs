using System.IO.Compression;
using DecodingChoices.Data;
using DecodingChoices.Data.Npy;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

public sealed class NpyReaderTests
{
    private const string Source = "/data/example.npz";

    private static NpyArray Read(byte[] npy, string key = "x") => NpyReader.Read(new MemoryStream(npy), Source, key);

    [Fact]
    public void Float64_matrix_round_trips_bit_for_bit()
    {
        double[,] written = { { -0.0, double.Epsilon, double.MaxValue }, { -1.5, 1.0 / 3, 691 } };

        var array = Read(NpyTestWriter.Of(written));

        array.DataType.ShouldBe(NpyDataType.Float64);
        array.Shape.ShouldBe([2, 3]);
        array.Header.ShapeText.ShouldBe("(2, 3)");
        array.Header.DataOffset.ShouldBe(128); // numpy's spare spaces push a 2-D header past 64 bytes
        var read = array.GetMatrix<double>();
        BitsOf(read).ShouldBe(BitsOf(written));
        array.ToFloat64Matrix().ShouldBeSameAs(read, "float64 data must not be copied");
    }

    [Fact]
    public void Float32_matrix_is_read_as_float_and_widened_exactly()
    {
        float[,] written = { { 0.1f, -2.5f }, { float.MaxValue, float.Epsilon } };

        var array = Read(NpyTestWriter.Of(written));

        array.DataType.ShouldBe(NpyDataType.Float32);
        array.GetMatrix<float>().ShouldBe(written);
        var widened = array.ToFloat64Matrix();
        widened.GetLength(0).ShouldBe(2);
        widened.GetLength(1).ShouldBe(2);
        widened[0, 0].ShouldBe((double)0.1f);
        widened[1, 1].ShouldBe((double)float.Epsilon);
    }

    [Fact]
    public void Integer_and_bool_vectors_round_trip()
    {
        Read(NpyTestWriter.Of(new long[] { long.MinValue, 0, 1, long.MaxValue })).GetVector<long>().ShouldBe([long.MinValue, 0, 1, long.MaxValue]);
        Read(NpyTestWriter.Of(new[] { int.MinValue, -1, int.MaxValue })).GetVector<int>().ShouldBe([int.MinValue, -1, int.MaxValue]);
        Read(NpyTestWriter.Of(new byte[] { 0, 1, 255 })).GetVector<byte>().ShouldBe(new byte[] { 0, 1, 255 });
        Read(NpyTestWriter.Of(new[] { true, false, true })).GetVector<bool>().ShouldBe([true, false, true]);
    }

    [Fact]
    public void Scalar_and_empty_arrays_are_read()
    {
        var scalar = Read(NpyTestWriter.Scalar(2.5));
        scalar.Rank.ShouldBe(0);
        scalar.Header.ShapeText.ShouldBe("()");
        scalar.GetScalar<double>().ShouldBe(2.5);

        Read(NpyTestWriter.Of(Array.Empty<double>())).GetVector<double>().ShouldBeEmpty();
        Read(NpyTestWriter.Of(new double[0, 3])).GetMatrix<double>().GetLength(1).ShouldBe(3);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Versions_2_and_3_have_a_four_byte_header_length(byte major)
    {
        var header = NpyTestWriter.HeaderDictionary("<f8", fortranOrder: false, [2]);
        var array = Read(NpyTestWriter.WithHeaderText(header, NpyTestWriter.Payload<double>([1.0, 2.0]), major));

        array.Header.Version.ShouldBe(new Version(major, 0));
        array.Header.DataOffset.ShouldBe(128); // 12 bytes of prefix + 58 of header, padded to a multiple of 64
        array.GetVector<double>().ShouldBe([1.0, 2.0]);
    }

    [Theory]
    [InlineData("{'shape': (2,), 'fortran_order': False, 'descr': '<i8'}")]
    [InlineData("{\"descr\": \"<i8\", \"fortran_order\": False, \"shape\": (2,)}")]
    [InlineData("{ 'descr' :'<i8' ,'fortran_order':False,'shape':( 2 , ) , }")]
    [InlineData("{'descr': '<i8',\n 'fortran_order': False,\n 'shape': (2L,)}")]
    [InlineData("\t{'descr': '<i8', 'fortran_order': False, 'shape': (2,),}   ")]
    public void Header_spacing_quotes_trailing_commas_and_key_order_are_tolerated(string header)
    {
        var array = Read(NpyTestWriter.WithHeaderText(header, NpyTestWriter.Payload<long>([7, -7])));

        array.GetVector<long>().ShouldBe([7, -7]);
    }

    public static TheoryData<string, byte[], string[]> BrokenArrays()
    {
        var twoDoubles = NpyTestWriter.Payload<double>([1.0, 2.0]);
        var valid = NpyTestWriter.Of(new double[] { 1.0, 2.0 });
        return new()
        {
            { "big-endian", NpyTestWriter.Build(">f8", [2], twoDoubles), ["big-endian", "'>f8'", "astype('<f8')"] },
            { "complex", NpyTestWriter.Build("<c16", [1], new byte[16]), ["'<c16'", "complex", "supported dtypes", "float64 ('<f8')", "bool ('|b1')"] },
            { "float16", NpyTestWriter.Build("<f2", [1], new byte[2]), ["'<f2'", "not supported", "float32 ('<f4')"] },
            { "unicode", NpyTestWriter.Build("<U3", [1], new byte[12]), ["'<U3'", "unicode string"] },
            { "object", NpyTestWriter.Build("|O", [1], new byte[8]), ["object array", "pickled Python objects"] },
            { "structured", NpyTestWriter.WithHeaderText("{'descr': [('a', '<f8'), ('b', '<i8')], 'fortran_order': False, 'shape': (1,), }", new byte[16]), ["structured", "[('a', '<f8'), ('b', '<i8')]"] },
            { "Fortran order", NpyTestWriter.Build("<f8", [2, 2], new byte[32], fortranOrder: true), ["Fortran order", "np.ascontiguousarray"] },
            { "rank 3", NpyTestWriter.Build("<f8", [1, 1, 2], twoDoubles), ["(1, 1, 2)", "rank 3"] },
            { "truncated data", valid[..^3], ["truncated data", "16 bytes", "holds 13"] },
            { "extra data", [.. valid, 0, 0, 0], ["3 unexpected bytes", "(2,)"] },
            { "bad magic", [.. "NUMPY!"u8, 1, 0, 0, 0], ["not an .npy array", "\\x93NUMPY", "4e554d505921"] },
            { "zip, not npy", [.. "PK\u0003\u0004"u8, 0, 0, 0, 0], ["not an .npy array", "may be an .npz file"] },
            { "empty", [], ["empty"] },
            { "no version", valid[..7], ["before the format version"] },
            { "version 4.0", [.. valid[..6], 4, 0, .. valid[8..]], ["unsupported .npy format version 4.0", "1.0, 2.0 and 3.0"] },
            { "truncated header", valid[..40], ["truncated header", "expected 118 bytes, found 30"] },
            { "no colon", NpyTestWriter.WithHeaderText("{'descr' '<f8', 'fortran_order': False, 'shape': (2,), }", twoDoubles), ["malformed header", "expected ':' after the key 'descr'", "character 10"] },
            { "not a dict", NpyTestWriter.WithHeaderText("('<f8', False, (2,))", twoDoubles), ["malformed header", "not a Python dictionary"] },
            { "missing shape", NpyTestWriter.WithHeaderText("{'descr': '<f8', 'fortran_order': False, 'order': 'C'}", twoDoubles), ["missing 'shape'", "unexpected 'order'"] },
            { "negative shape", NpyTestWriter.WithHeaderText("{'descr': '<f8', 'fortran_order': False, 'shape': (-2,)}", twoDoubles), ["'shape' entry 0 is -2"] },
            { "shape not a tuple", NpyTestWriter.WithHeaderText("{'descr': '<f8', 'fortran_order': False, 'shape': (2)}", twoDoubles), ["'shape' must be a tuple", "not 2"] },
            { "fortran_order not bool", NpyTestWriter.WithHeaderText("{'descr': '<f8', 'fortran_order': 0, 'shape': (2,)}", twoDoubles), ["'fortran_order' must be True or False, not 0"] },
            { "too large", NpyTestWriter.Build("<f8", [100_000, 100_000], twoDoubles), ["(100000, 100000)", "80000000000 bytes", "more than this reader can hold"] },
            { "bool not 0 or 1", NpyTestWriter.Build("|b1", [3], [1, 2, 0]), ["element 1 of the bool array is the byte 2"] },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenArrays))]
    public void Broken_arrays_are_a_DatasetException_naming_file_key_and_problem(string caseName, byte[] npy, string[] fragments)
    {
        // A seekable stream lets the reader compare the header with the length up front; a forward-only
        // one (like an unzipping stream of unknown size) is checked while reading. Both must say the same.
        var fromSeekable = Should.Throw<DatasetException>(() => Read(npy, key: "spikes"), caseName);
        var fromForwardOnly = Should.Throw<DatasetException>(() => NpyReader.Read(ForwardOnly(npy), Source, "spikes"), caseName);

        fromForwardOnly.Message.ShouldBe(fromSeekable.Message, caseName);
        fromSeekable.Source.ShouldBe(Source);
        fromSeekable.Message.ShouldStartWith($"{Source}: array 'spikes': ");
        foreach (var fragment in fragments)
        {
            fromSeekable.Problem.ShouldContain(fragment, Case.Sensitive, $"case '{caseName}'");
        }
    }

    private static DeflateStream ForwardOnly(byte[] bytes)
    {
        var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        compressed.Position = 0;
        return new DeflateStream(compressed, CompressionMode.Decompress);
    }

    [Fact]
    public void Typed_getters_say_what_was_asked_and_what_is_there()
    {
        var array = Read(NpyTestWriter.Of(new long[] { 0, 1 }), key: "choices");

        var error = Should.Throw<DatasetException>(() => array.GetMatrix<double>());

        error.Problem.ShouldBe("array 'choices': expected a matrix (rank 2) of Double, but it is int64 ('<i8') with shape (2,).");
        Should.Throw<DatasetException>(() => array.GetVector<int>()).Problem.ShouldContain("vector (rank 1) of Int32");
        Should.Throw<DatasetException>(() => array.GetScalar<long>()).Problem.ShouldContain("scalar (rank 0)");
        Should.Throw<DatasetException>(() => array.ToFloat64Matrix()).Problem.ShouldContain("float64 or float32 matrix");
    }

    [Fact]
    public void Whole_number_vectors_of_every_supported_type_become_int32()
    {
        Read(NpyTestWriter.Of(new long[] { 0, 1, -3 })).ToInt32Vector().ShouldBe([0, 1, -3]);
        Read(NpyTestWriter.Of(new[] { 1, 0 })).ToInt32Vector().ShouldBe([1, 0]);
        Read(NpyTestWriter.Of(new byte[] { 1, 0 })).ToInt32Vector().ShouldBe([1, 0]);
        Read(NpyTestWriter.Of(new[] { true, false })).ToInt32Vector().ShouldBe([1, 0]);
        Read(NpyTestWriter.Of(new[] { 0.0, 1.0, -0.0 })).ToInt32Vector().ShouldBe([0, 1, 0]);
    }

    [Theory]
    [InlineData(0.5, "choices[1] is 0.5")]
    [InlineData(double.NaN, "choices[1] is NaN")]
    [InlineData(1e10, "choices[1] is 10000000000")]
    public void A_float64_vector_that_is_not_whole_numbers_names_the_index(double bad, string expected)
    {
        var array = Read(NpyTestWriter.Of(new[] { 0.0, bad, 1.0 }), key: "choices");

        var error = Should.Throw<DatasetException>(() => array.ToInt32Vector());

        error.Problem.ShouldContain(expected);
        error.Problem.ShouldContain("whole number");
    }

    [Fact]
    public void An_int64_outside_int32_names_the_index_instead_of_wrapping_around()
    {
        // 2^32 would wrap to 0, a valid label, if it were cast without a check.
        var array = Read(NpyTestWriter.Of(new long[] { 1, 1L << 32 }), key: "choices");

        Should.Throw<DatasetException>(() => array.ToInt32Vector()).Problem.ShouldContain("choices[1] is 4294967296");
    }

    [Fact]
    public void Float32_or_matrix_labels_are_not_whole_number_vectors()
    {
        Should.Throw<DatasetException>(() => Read(NpyTestWriter.Of(new[] { 1f, 0f })).ToInt32Vector())
            .Problem.ShouldContain("it is float32 ('<f4')");
        Should.Throw<DatasetException>(() => Read(NpyTestWriter.Of(new double[2, 1])).ToInt32Vector())
            .Problem.ShouldContain("shape (2, 1)");
    }

    [Fact]
    public void A_standalone_npy_file_is_read_and_a_missing_one_is_reported_with_its_full_path()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("rates.npy", NpyTestWriter.Of(new[] { 3.0, 4.0 }));

        var array = NpyReader.ReadFile(path);

        array.Key.ShouldBe("rates");
        array.Source.ShouldBe(path);
        array.GetVector<double>().ShouldBe([3.0, 4.0]);
        var missing = folder.File("absent.npy");
        var error = Should.Throw<DatasetException>(() => NpyReader.ReadFile(missing));
        error.Problem.ShouldStartWith($"file not found: {missing}");
    }

    private static long[] BitsOf(double[,] matrix) => matrix.Cast<double>().Select(BitConverter.DoubleToInt64Bits).ToArray();
}
