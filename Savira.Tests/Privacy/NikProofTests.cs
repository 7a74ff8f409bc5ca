using Savira.Core.Privacy;

namespace Savira.Tests.Privacy;

public sealed class NikProofTests
{
    const string Nik = "3374011708650003";

    [Theory]
    [InlineData("0003")]
    [InlineData(" 0003 ")]
    [InlineData("00 03")]
    [InlineData("0 0 0 3")]
    public void TheLastFourDigitsWrittenWithOrWithoutSpacesMatch(string text)
    {
        Assert.True(NikProof.IsAttempt(text));
        Assert.True(NikProof.Matches(Nik, text));
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("3374")]
    [InlineData("0004")]
    public void OtherFourDigitsAreAnAttemptThatDoesNotMatch(string text)
    {
        Assert.True(NikProof.IsAttempt(text));
        Assert.False(NikProof.Matches(Nik, text));
    }

    [Theory]
    [InlineData("003")]
    [InlineData("00003")]
    [InlineData("0003.")]
    [InlineData("nik 0003")]
    [InlineData("٠٠٠٣")] // Arabic-Indic digits are not ASCII digits
    [InlineData("")]
    public void AnythingButExactlyFourDigitsIsNoAttempt(string text)
    {
        Assert.False(NikProof.IsAttempt(text));
        Assert.False(NikProof.Matches(Nik, text));
    }

    [Fact]
    public void WithoutANikNothingMatches()
    {
        Assert.False(NikProof.Matches(null, "0003"));
        Assert.False(NikProof.Matches("", "0003"));
    }
}
