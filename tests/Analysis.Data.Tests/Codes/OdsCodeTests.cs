using Analysis.Data.Codes;

namespace Analysis.Data.Tests.Codes;

public sealed class OdsCodeTests
{
    [Theory]
    [InlineData("A81001", "A81001")]
    [InlineData(" a81001 ", "A81001")]
    [InlineData("X00001", "X00001")]
    public void Practice_codes_parse_to_their_upper_case_form(string text, string expected) =>
        Assert.Equal(expected, OdsCode.Parse(text).Value.Value);

    [Theory]
    [InlineData("")]
    [InlineData("A8100")]
    [InlineData("A810011")]
    [InlineData("181001")]
    [InlineData("AB1001")]
    [InlineData("U89141X")]
    [InlineData("16C")]
    public void Anything_but_a_letter_and_five_digits_is_refused_with_a_reason(string text)
    {
        var result = OdsCode.Parse(text);

        Assert.False(result.Success);
        Assert.Contains("one letter and five digits", result.Error);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Codes_compare_by_value_and_sort_ordinally()
    {
        Assert.Equal(OdsCode.From("a81001"), OdsCode.From("A81001"));
        Assert.Equal(["A81001", "B82007", "Y00001"], new[] { "Y00001", "A81001", "B82007" }.Select(OdsCode.From).Order().Select(c => c.Value));
    }
}
