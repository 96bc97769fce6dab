using Laboratori.Contracts;

namespace Laboratori.Tests.Domain;

/// <summary>What became of an operation in a <see cref="Scenario"/>.</summary>
internal readonly record struct Outcome(CanvasError? Error)
{
    public void Ok() => Assert.True(Error is null, $"Expected the operation to apply, but it was refused: {Error?.Code} {Error?.MessageEn}");

    public void Refused(string code)
    {
        Assert.NotNull(Error);
        Assert.Equal(code, Error.Code);
        Assert.False(string.IsNullOrWhiteSpace(Error.Message));
        Assert.False(string.IsNullOrWhiteSpace(Error.MessageEn));
    }
}
