using DecodingChoices.Data;
using DecodingChoices.Data.Npy;
using DecodingChoices.Numerics;
using DecodingChoices.Randomness;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

public sealed class NpzArchiveTests
{
    private const ulong Seed = 20240917;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Stored_and_compressed_archives_round_trip(bool compressed)
    {
        using var folder = new TemporaryFolder();
        var spikes = RandomMatrix(3, 4, Seed);
        var path = NpzTestWriter.Write(folder.File("data.npz"), compressed,
            ("spikes", NpyTestWriter.Of(spikes)), ("choices", NpyTestWriter.Of(new long[] { 0, 1, 1 })), ("scale", NpyTestWriter.Scalar(0.25)));

        using var archive = NpzArchive.Open(path);

        archive.Path.ShouldBe(path);
        archive.Keys.ShouldBe(["spikes", "choices", "scale"]);
        archive.ContainsKey("choices").ShouldBeTrue();
        archive.ContainsKey("choices.npy").ShouldBeFalse();
        archive.Read("spikes").GetMatrix<double>().ShouldBe(spikes, $"seed {Seed}");
        archive.Read("choices").GetVector<long>().ShouldBe([0, 1, 1]);
        archive.Read("scale").GetScalar<double>().ShouldBe(0.25);
        archive.Read("spikes").Source.ShouldBe(path, "an array read twice is read again from the archive");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_matrix_the_size_of_the_real_data_round_trips(bool compressed)
    {
        using var folder = new TemporaryFolder();
        var spikes = RandomMatrix(276, 691, Seed + 1);
        var path = NpzTestWriter.Write(folder.File("big.npz"), compressed, ("spikes", NpyTestWriter.Of(spikes)));

        using var archive = NpzArchive.Open(path);
        var read = archive.Read("spikes").GetMatrix<double>();

        read.ShapeText().ShouldBe("(276, 691)");
        read.AsReadOnlySpan().SequenceEqual(spikes.AsReadOnlySpan()).ShouldBeTrue($"seed {Seed + 1}");
    }

    [Fact]
    public void A_missing_key_lists_the_keys_present()
    {
        using var folder = new TemporaryFolder();
        var path = NpzTestWriter.Write(folder.File("data.npz"), false,
            ("spikes", NpyTestWriter.Of(new double[1, 1])), ("choices", NpyTestWriter.Of(new long[] { 1 })));
        using var archive = NpzArchive.Open(path);

        var error = Should.Throw<DatasetException>(() => archive.Read("choice"));

        error.Message.ShouldBe($"{path}: no array named 'choice' in the archive; its keys are 'spikes', 'choices'.");
    }

    [Fact]
    public void A_member_that_is_not_an_npy_array_is_listed_under_its_own_name_and_rejected_when_read()
    {
        using var folder = new TemporaryFolder();
        var path = NpzTestWriter.WriteMembers(folder.File("odd.npz"), true, ("notes.txt", "hello"u8.ToArray()));
        using var archive = NpzArchive.Open(path);

        archive.Keys.ShouldBe(["notes.txt"]);
        Should.Throw<DatasetException>(() => archive.Read("notes.txt")).Problem.ShouldStartWith("array 'notes.txt': not an .npy array");
    }

    [Fact]
    public void An_archive_with_no_arrays_says_so()
    {
        using var folder = new TemporaryFolder();
        var path = NpzTestWriter.WriteMembers(folder.File("empty.npz"), false);
        using var archive = NpzArchive.Open(path);

        archive.Keys.ShouldBeEmpty();
        Should.Throw<DatasetException>(() => archive.Read("spikes")).Problem.ShouldEndWith("it holds no arrays.");
    }

    public static TheoryData<string, Func<byte[]>, string> NotZipFiles() => new()
    {
        { "text", () => "spikes,choices\n1,0\n"u8.ToArray(), "the file is damaged or is another kind of file" },
        { "empty", () => [], "the file is damaged or is another kind of file" },
        { "single .npy", () => NpyTestWriter.Of(new[] { 1.0 }), "it is a single .npy array (np.save), not an .npz archive: read it with NpyReader.ReadFile" },
        { "cut in half", () => { var whole = ZipBytes(); return whole[..(whole.Length / 2)]; }, "the file is damaged" },
    };

    [Theory]
    [MemberData(nameof(NotZipFiles))]
    public void A_file_that_is_not_a_zip_archive_is_a_DatasetException_saying_so(string caseName, Func<byte[]> content, string hint)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("data.npz", content());

        var error = Should.Throw<DatasetException>(() => NpzArchive.Open(path).Dispose(), caseName);

        error.Source.ShouldBe(path);
        error.Problem.ShouldStartWith("not a zip archive, so not an .npz file (");
        error.Problem.ShouldContain(hint);
        error.InnerException.ShouldBeOfType<InvalidDataException>();
    }

    [Fact]
    public void A_corrupt_compressed_member_is_a_DatasetException_naming_the_array()
    {
        using var folder = new TemporaryFolder();
        var bytes = ZipBytes(compressed: true);
        // The member's deflate data starts after the 30-byte local header and the name "spikes.npy";
        // overwrite a run of it so that it no longer inflates to the data that was written.
        for (var k = 60; k < 90; k++)
        {
            bytes[k] ^= 0x5A;
        }

        var path = folder.Write("corrupt.npz", bytes);
        using var archive = NpzArchive.Open(path);

        var error = Should.Throw<DatasetException>(() => archive.Read("spikes").GetMatrix<double>());

        error.Source.ShouldBe(path);
        error.Problem.ShouldStartWith("array 'spikes': ");
    }

    [Fact]
    public void A_damaged_stored_member_fails_its_CRC_32_as_numpy_would()
    {
        // numpy's f8_i8_savez.npz stores spikes.npy at file offset 60; its data starts 128 bytes later.
        // Python's zlib.crc32 gives ce70342e for the member and 7a295596 after this damage.
        using var folder = new TemporaryFolder();
        var bytes = File.ReadAllBytes(NumpyFixtures.PathOf("f8_i8_savez.npz"));
        for (var k = 230; k < 240; k++)
        {
            bytes[k] ^= 0x5A;
        }

        var path = folder.Write("damaged.npz", bytes);
        using var archive = NpzArchive.Open(path);

        var error = Should.Throw<DatasetException>(() => archive.Read("spikes"));

        error.Message.ShouldBe($"{path}: array 'spikes': the zip member spikes.npy is corrupt: its bytes have CRC-32 7a295596 but the archive recorded ce70342e; save or download the file again.");
        archive.Read("choices").GetVector<long>().ShouldBe([0, 1, 1], "the other member is intact");
    }

    [Fact]
    public void A_damaged_header_in_a_stored_member_is_reported_as_corruption_not_as_a_bad_header()
    {
        using var folder = new TemporaryFolder();
        var bytes = File.ReadAllBytes(NumpyFixtures.PathOf("f8_i8_savez.npz"));
        bytes[60 + 12] = (byte)'#'; // inside {'descr': ...

        var path = folder.Write("damaged.npz", bytes);
        using var archive = NpzArchive.Open(path);

        var error = Should.Throw<DatasetException>(() => archive.Read("spikes"));

        error.Problem.ShouldStartWith("array 'spikes': the zip member spikes.npy is corrupt: its bytes have CRC-32 ");
        error.Problem.ShouldContain("but the archive recorded ce70342e");
        error.InnerException.ShouldBeOfType<DatasetException>().Problem.ShouldContain("malformed header");
    }

    [Fact]
    public void A_header_promising_more_data_than_the_member_holds_is_reported_before_allocating_it()
    {
        // 20000 × 10000 float64 is 1.6 GB: the member's size shows the data is missing without allocating it.
        using var folder = new TemporaryFolder();
        var path = NpzTestWriter.Write(folder.File("liar.npz"), true,
            ("spikes", NpyTestWriter.Build("<f8", [20_000, 10_000], NpyTestWriter.Payload<double>([1.0, 2.0]))));
        using var archive = NpzArchive.Open(path);

        var error = Should.Throw<DatasetException>(() => archive.Read("spikes"));

        error.Problem.ShouldBe("array 'spikes': truncated data: the header promises (20000, 10000) float64 values, 1600000000 bytes, but the file holds 16. The file is incomplete; save or download it again.");
    }

    [Fact]
    public void A_missing_file_is_file_not_found_with_the_full_path()
    {
        var relative = Path.Combine("no-such-folder", "data.npz");

        var error = Should.Throw<DatasetException>(() => NpzArchive.Open(relative));

        var fullPath = Path.GetFullPath(relative);
        error.Source.ShouldBe(fullPath);
        error.Problem.ShouldStartWith($"file not found: {fullPath}; relative paths start from the current directory");
    }

    private static byte[] ZipBytes(bool compressed = false)
    {
        using var folder = new TemporaryFolder();
        var path = NpzTestWriter.Write(folder.File("whole.npz"), compressed,
            ("spikes", NpyTestWriter.Of(RandomMatrix(20, 30, Seed + 2))), ("choices", NpyTestWriter.Of(new long[20])));
        return File.ReadAllBytes(path);
    }

    internal static double[,] RandomMatrix(int rows, int columns, ulong seed)
    {
        var random = new SeededRandom(seed);
        var matrix = new double[rows, columns];
        var values = matrix.AsSpan();
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = random.NextNormal();
        }

        return matrix;
    }
}
