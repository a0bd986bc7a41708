using System.Text;
using DecodingChoices.Data;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

public sealed class SteinmetzArchiveTests
{
    private const ulong Seed = 4242;

    [Fact]
    public void Loads_float64_spikes_and_int64_choices_into_a_checked_dataset()
    {
        using var folder = new TemporaryFolder();
        var spikes = NpzArchiveTests.RandomMatrix(5, 7, Seed);
        var path = NpzTestWriter.Write(folder.File("session.npz"), true,
            ("spikes", NpyTestWriter.Of(spikes)), ("choices", NpyTestWriter.Of(new long[] { 0, 1, 1, 0, 1 })));

        var data = SteinmetzArchive.Load(path);

        data.Source.ShouldBe(path);
        data.Spikes.ShouldBe(spikes, $"seed {Seed}");
        data.Choices.ShouldBe([0, 1, 1, 0, 1]);
    }

    [Fact]
    public void Float32_spikes_are_widened_and_float64_or_bool_choices_accepted()
    {
        using var folder = new TemporaryFolder();
        float[,] spikes = { { 0.1f, 0.2f }, { 0.3f, 0.4f } };
        var floatChoices = NpzTestWriter.Write(folder.File("a.npz"), false,
            ("spikes", NpyTestWriter.Of(spikes)), ("choices", NpyTestWriter.Of(new[] { 1.0, 0.0 })));
        var boolChoices = NpzTestWriter.Write(folder.File("b.npz"), false,
            ("spikes", NpyTestWriter.Of(spikes)), ("choices", NpyTestWriter.Of(new[] { false, true })));

        var fromFloats = SteinmetzArchive.Load(floatChoices);
        var fromBools = SteinmetzArchive.Load(boolChoices);

        fromFloats.Spikes[1, 0].ShouldBe((double)0.3f);
        fromFloats.Choices.ShouldBe([1, 0]);
        fromBools.Choices.ShouldBe([0, 1]);
    }

    public static TheoryData<string, (string Key, byte[] Npy)[], string> WrongContents() => new()
    {
        { "no choices", [("spikes", NpyTestWriter.Of(new double[2, 2]))], "no array named 'choices' in the archive; its keys are 'spikes'." },
        { "spikes a vector", [("spikes", NpyTestWriter.Of(new double[2])), ("choices", NpyTestWriter.Of(new long[2]))], "array 'spikes': expected a float64 or float32 matrix (rank 2), but it is float64 ('<f8') with shape (2,)." },
        { "int spikes", [("spikes", NpyTestWriter.Build("<i8", [1, 2], new byte[16])), ("choices", NpyTestWriter.Of(new long[1]))], "array 'spikes': expected a float64 or float32 matrix (rank 2), but it is int64 ('<i8') with shape (1, 2)." },
        { "choices a column", [("spikes", NpyTestWriter.Of(new double[2, 2])), ("choices", NpyTestWriter.Of(new double[2, 1]))], "array 'choices': expected a vector (rank 1) of whole numbers, but it is float64 ('<f8') with shape (2, 1)." },
        { "half a choice", [("spikes", NpyTestWriter.Of(new double[2, 2])), ("choices", NpyTestWriter.Of(new[] { 1.0, 0.5 }))], "array 'choices': choices[1] is 0.5: the float64 array is read as whole numbers" },
        { "choice 2", [("spikes", NpyTestWriter.Of(new double[2, 2])), ("choices", NpyTestWriter.Of(new long[] { 0, 2 }))], "choices[1] is 2: choices must be 0 or 1" },
        { "one choice short", [("spikes", NpyTestWriter.Of(new double[2, 2])), ("choices", NpyTestWriter.Of(new long[] { 0 }))], "spikes has 2 trials (shape (2, 2)) but choices has 1" },
        { "NaN rate", [("spikes", NpyTestWriter.Of(new[,] { { 0.0, double.NaN } })), ("choices", NpyTestWriter.Of(new long[] { 0 }))], "spikes[0, 1] (trial 0, neuron 1) is NaN" },
    };

    [Theory]
    [MemberData(nameof(WrongContents))]
    public void Wrong_contents_are_a_DatasetException_naming_the_file_and_the_problem(string caseName, (string Key, byte[] Npy)[] arrays, string expected)
    {
        using var folder = new TemporaryFolder();
        var path = NpzTestWriter.Write(folder.File("wrong.npz"), true, arrays);

        var error = Should.Throw<DatasetException>(() => SteinmetzArchive.Load(path), caseName);

        error.Source.ShouldBe(path);
        error.Problem.ShouldStartWith(expected, Case.Sensitive, caseName);
    }

    [Fact]
    public void A_file_named_like_the_published_one_with_other_content_is_a_checksum_mismatch_naming_both_md5s()
    {
        using var folder = new TemporaryFolder();
        const string fixture = "f8_i8_savez.npz";
        var path = folder.File(SteinmetzArchive.FileName);
        File.Copy(NumpyFixtures.PathOf(fixture), path);
        var hashlibMd5 = NumpyFixtures.Archive(fixture).GetProperty("md5").GetString()!;

        var error = Should.Throw<DatasetException>(() => SteinmetzArchive.Load(path));

        error.Source.ShouldBe(path);
        error.Problem.ShouldBe(
            $"checksum mismatch: md5 is {hashlibMd5}, the published W1D4_steinmetz_data.npz has d19716354fed0981267456b80db07ea8; "
            + "the download is corrupt or this is another file — download it again from https://osf.io/r9gh8/download");
        SteinmetzArchive.Load(NumpyFixtures.PathOf(fixture)).TrialCount.ShouldBe(3, "the same bytes under another name are not checksummed");
    }

    [Fact]
    public void A_truncated_download_under_the_published_name_fails_the_checksum_before_the_zip_is_opened()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("w1d4_steinmetz_data.NPZ", "<html>Service unavailable</html>"u8.ToArray());

        var error = Should.Throw<DatasetException>(() => SteinmetzArchive.Load(path));

        error.Problem.ShouldStartWith($"checksum mismatch: md5 is {FileChecksum.Md5Hex("<html>Service unavailable</html>"u8)}, the published");
    }

    [Fact]
    public void The_published_checksum_and_name_are_the_tutorials()
    {
        SteinmetzArchive.ExpectedMd5.ShouldBe("d19716354fed0981267456b80db07ea8");
        SteinmetzArchive.FileName.ShouldBe("W1D4_steinmetz_data.npz");
        SteinmetzArchive.DownloadUrl.ShouldBe("https://osf.io/r9gh8/download");
        SteinmetzArchive.ClaimsToBeThePublishedFile("/data/W1D4_steinmetz_data.npz").ShouldBeTrue();
        SteinmetzArchive.ClaimsToBeThePublishedFile("/data/W1D4_steinmetz_data.npz.part").ShouldBeFalse();
    }

    [Fact]
    public void Md5_of_bytes_and_of_files_matches_pythons_hashlib()
    {
        var text = NumpyFixtures.Root.GetProperty("known_bytes_utf8").GetString()!;

        FileChecksum.Md5Hex(Encoding.UTF8.GetBytes(text)).ShouldBe(NumpyFixtures.Root.GetProperty("known_bytes_md5").GetString());
        foreach (var archive in NumpyFixtures.Root.GetProperty("archives").EnumerateObject())
        {
            FileChecksum.Md5Hex(NumpyFixtures.PathOf(archive.Name)).ShouldBe(archive.Value.GetProperty("md5").GetString(), archive.Name);
        }
    }

    [Fact]
    public void A_missing_file_names_the_full_path_and_where_to_download_it()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File(SteinmetzArchive.FileName);

        var error = Should.Throw<DatasetException>(() => SteinmetzArchive.Load(path));

        error.Source.ShouldBe(path);
        error.Problem.ShouldStartWith($"file not found: {path};");
        error.Problem.ShouldEndWith("Download W1D4_steinmetz_data.npz from https://osf.io/r9gh8/download.");
    }
}
