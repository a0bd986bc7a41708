using DecodingChoices.Data.Npy;
using Shouldly;
using Xunit;

namespace DecodingChoices.Toolkit.Tests.Data;

public sealed class PythonLiteralParserTests
{
    [Fact]
    public void A_numpy_header_becomes_a_dictionary_of_plain_values()
    {
        var parsed = PythonLiteralParser.Parse("{'descr': '<f8', 'fortran_order': False, 'shape': (276, 691), }          \n");

        var header = parsed.ShouldBeOfType<Dictionary<string, object?>>();
        header.Keys.ShouldBe(["descr", "fortran_order", "shape"]);
        header["descr"].ShouldBe("<f8");
        header["fortran_order"].ShouldBe(false);
        header["shape"].ShouldBeOfType<object?[]>().ShouldBe(new object?[] { 276L, 691L });
    }

    [Fact]
    public void Tuples_need_a_comma_as_in_Python()
    {
        PythonLiteralParser.Parse("()").ShouldBeOfType<object?[]>().ShouldBeEmpty();
        PythonLiteralParser.Parse("(5,)").ShouldBeOfType<object?[]>().ShouldBe(new object?[] { 5L });
        PythonLiteralParser.Parse("(5)").ShouldBe(5L);
        PythonLiteralParser.Parse("( -5 , +6 ,)").ShouldBeOfType<object?[]>().ShouldBe(new object?[] { -5L, 6L });
    }

    [Fact]
    public void Lists_strings_with_escapes_and_names_are_understood()
    {
        var list = PythonLiteralParser.Parse("[('a', '<f8'), (\"b\", 'it\\'s'), None, True]").ShouldBeOfType<List<object?>>();

        list.Count.ShouldBe(4);
        list[0].ShouldBe(new object?[] { "a", "<f8" });
        list[1].ShouldBe(new object?[] { "b", "it's" });
        list[2].ShouldBeNull();
        list[3].ShouldBe(true);
    }

    [Theory]
    [InlineData("{'a': 1", "the text ends before the closing '}' at character 8")]
    [InlineData("{'a' 1}", "expected ':' after the key 'a', found '1' at character 6")]
    [InlineData("{'a': 1 'b': 2}", "expected ',' or '}' at character 9")]
    [InlineData("{1: 2}", "a dictionary key must be a quoted string at character 2")]
    [InlineData("{'a': 1, 'a': 2}", "the key 'a' appears twice at character 10")]
    [InlineData("{'a': 1.5}", "only whole numbers in decimal are expected here, found '.' after 1 at character 8")]
    [InlineData("{'a': true}", "unexpected name 'true' (only True, False and None are allowed) at character 7")]
    [InlineData("{'a': 'open}", "a string opened with ' is never closed at character 13")]
    [InlineData("{'a': 99999999999999999999}", "the integer 99999999999999999999 is too large at character 7")]
    [InlineData("{} {}", "unexpected '{' after the end of the literal at character 4")]
    [InlineData("", "the text ends where a value was expected at character 1")]
    [InlineData("{'a': -}", "a sign must be followed by digits at character 8")]
    public void Malformed_text_is_a_FormatException_with_the_position(string text, string expected)
    {
        Should.Throw<FormatException>(() => PythonLiteralParser.Parse(text)).Message.ShouldBe(expected);
    }
}
