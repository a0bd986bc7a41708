using DecodingChoices.Data;
using DecodingChoices.Data.Npy;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

/// <summary>The reader against archives written by numpy itself (np.savez, np.savez_compressed).</summary>
public sealed class NumpyFixtureTests
{
    /// <summary>The archives numpy wrote that hold a valid dataset (all but the Fortran-order and big-endian ones).</summary>
    public static TheoryData<string> ValidArchives() =>
        ["f8_i8_savez.npz", "f8_i8_savez_compressed.npz", "f4_bool_savez.npz", "f4_bool_savez_compressed.npz", "f8_f8_savez.npz"];

    [Theory]
    [MemberData(nameof(ValidArchives))]
    public void Every_array_numpy_wrote_is_read_with_its_dtype_shape_and_exact_values(string name)
    {
        using var archive = NpzArchive.Open(NumpyFixtures.PathOf(name));
        var expectedKeys = NumpyFixtures.Archive(name).GetProperty("keys").EnumerateArray().Select(key => key.GetString()).ToArray();
        archive.Keys.Order(StringComparer.Ordinal).ShouldBe(expectedKeys);

        foreach (var key in archive.Keys)
        {
            var expected = NumpyFixtures.Array(name, key);
            var array = archive.Read(key);

            array.DataType.Descr.ShouldBe(expected.GetProperty("descr").GetString(), $"{name}:{key}");
            array.Shape.ShouldBe(NumpyFixtures.Shape(expected), $"{name}:{key}");
            BitsOf(array).ShouldBe(NumpyFixtures.Bits(expected), $"{name}:{key}");
        }
    }

    [Theory]
    [MemberData(nameof(ValidArchives))]
    public void SteinmetzArchive_loads_numpys_archives_as_a_SpikeDataset(string name)
    {
        var path = NumpyFixtures.PathOf(name);

        var data = SteinmetzArchive.Load(path);

        var spikes = NumpyFixtures.Array(name, "spikes");
        var shape = NumpyFixtures.Shape(spikes);
        data.Source.ShouldBe(path);
        data.TrialCount.ShouldBe(shape[0]);
        data.NeuronCount.ShouldBe(shape[1]);
        var expectedValues = spikes.GetProperty("values").EnumerateArray().Select(value => value.GetDouble()).ToArray();
        data.Spikes.Cast<double>().ShouldBe(expectedValues, $"{name}: float32 widens exactly, so the JSON's doubles match");
        var expectedChoices = NumpyFixtures.Array(name, "choices").GetProperty("values").EnumerateArray()
            .Select(value => value.ValueKind switch
            {
                System.Text.Json.JsonValueKind.True => 1,
                System.Text.Json.JsonValueKind.False => 0,
                _ => (int)value.GetDouble(),
            });
        data.Choices.ShouldBe(expectedChoices);
    }

    [Fact]
    public void A_Fortran_order_array_from_numpy_is_rejected_with_what_to_do()
    {
        var path = NumpyFixtures.PathOf("fortran_order_savez.npz");
        NumpyFixtures.Array("fortran_order_savez.npz", "spikes").GetProperty("fortran_order").GetBoolean().ShouldBeTrue();

        var error = Should.Throw<DatasetException>(() => SteinmetzArchive.Load(path));

        error.Source.ShouldBe(path);
        error.Problem.ShouldBe("array 'spikes': the array (3, 4) was saved in Fortran order (fortran_order: True, column by column); this reader reads C order only: re-save it with np.ascontiguousarray(arr).");
    }

    [Fact]
    public void A_big_endian_array_from_numpy_is_rejected_with_what_to_do()
    {
        var path = NumpyFixtures.PathOf("big_endian_savez.npz");

        var error = Should.Throw<DatasetException>(() => SteinmetzArchive.Load(path));

        error.Source.ShouldBe(path);
        error.Problem.ShouldBe("array 'spikes': the data is big-endian ('>f8'); this reader reads little-endian data only: re-save it with arr.astype('<f8').");
    }

    [Theory]
    [InlineData("f8_2x3")]
    [InlineData("f4_2x5")]
    [InlineData("i8_3")]
    [InlineData("b1_2")]
    [InlineData("f8_scalar")]
    [InlineData("f8_empty")]
    [InlineData("f8_276x691")]
    public void The_tests_own_npy_writer_matches_np_save_byte_for_byte(string sample)
    {
        var expected = NumpyFixtures.Root.GetProperty("np_save_bytes").GetProperty(sample);
        var numpyBytes = Convert.FromBase64String(expected.GetProperty("npy_base64").GetString()!);
        var shape = NumpyFixtures.Shape(expected);
        var descr = expected.GetProperty("descr").GetString()!;
        var payload = expected.GetProperty("npy_header_only").GetBoolean()
            ? new byte[shape.Aggregate(1, (product, length) => product * length) * 8]
            : PayloadFromBits(descr, NumpyFixtures.Bits(expected));

        var ours = NpyTestWriter.Build(descr, shape, payload);

        ours[..numpyBytes.Length].ShouldBe(numpyBytes, sample);
        ours.Length.ShouldBe(expected.GetProperty("npy_header_only").GetBoolean() ? numpyBytes.Length + payload.Length : numpyBytes.Length);
        NpyReader.Read(new MemoryStream(ours), sample, sample).Shape.ShouldBe(shape);
    }

    private static byte[] PayloadFromBits(string descr, ulong[] bits) => descr switch
    {
        "<f8" or "<i8" => NpyTestWriter.Payload<ulong>(bits),
        "<f4" => NpyTestWriter.Payload<uint>(bits.Select(value => (uint)value).ToArray()),
        "|b1" => bits.Select(value => (byte)value).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(descr), descr, "No payload writer for this dtype."),
    };

    private static ulong[] BitsOf(NpyArray array) => array.DataType.Name switch
    {
        "float64" => Flatten<double>(array).Select(value => (ulong)BitConverter.DoubleToInt64Bits(value)).ToArray(),
        "float32" => Flatten<float>(array).Select(value => (ulong)BitConverter.SingleToUInt32Bits(value)).ToArray(),
        "int64" => Flatten<long>(array).Select(value => (ulong)value).ToArray(),
        "bool" => Flatten<bool>(array).Select(flag => flag ? 1UL : 0UL).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(array), array.DataType, "No fixture uses this dtype."),
    };

    private static T[] Flatten<T>(NpyArray array) where T : unmanaged =>
        array.Rank == 2 ? array.GetMatrix<T>().Cast<T>().ToArray() : array.GetVector<T>();
}
