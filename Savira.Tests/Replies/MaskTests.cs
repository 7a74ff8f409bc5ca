using Savira.Core.Privacy;

namespace Savira.Tests.Replies;

public sealed class MaskTests
{
    [Theory]
    [InlineData("whatsapp:+6281234567890", "whatsapp:+628*******890")]
    [InlineData("+6281234567890", "+628*******890")]
    [InlineData("whatsapp:123", "whatsapp:1**")]
    public void PhoneKeepsOnlyEnoughToRecognise(string address, string masked)
    {
        Assert.Equal(masked, Mask.Phone(address));
    }
}
