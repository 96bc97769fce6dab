using System.Buffers;
using Laboratori.LoadTest.Client;
using MessagePack;

namespace Laboratori.Tests.Load;

/// <summary>The generator's MessagePack framing, read back with MessagePack-CSharp: each message its length, then the array.</summary>
public sealed class HubMessagePackTests
{
    [Fact]
    public void APingIsItsLengthThenTheArrayOfSix()
    {
        var ping = HubMessagePack.PingMessage.ToArray();

        Assert.True(HubMessagePack.TryFrame(ping, out var start, out var length));
        Assert.Equal(ping.Length, start + length);
        var reader = new MessagePackReader(ping.AsMemory(start, length));
        Assert.Equal(1, reader.ReadArrayHeader());
        Assert.Equal(6, reader.ReadInt32());
        Assert.True(reader.End);
    }

    [Fact]
    public void AnInvocationCarriesItsArgumentsInTheirJsonShapesAndAHalfMessageWaits()
    {
        var buffer = new ArrayBufferWriter<byte>();
        HubMessagePack.WriteInvocation(buffer, null, "Presence", ["lab-1", new { cursor = new { x = 412.5, y = 96 }, editing = (string?)null }]);
        var bytes = buffer.WrittenSpan.ToArray();

        Assert.False(HubMessagePack.TryFrame(bytes.AsSpan(0, bytes.Length - 1), out _, out _));
        Assert.True(HubMessagePack.TryFrame(bytes, out var start, out var length));
        Assert.Equal(bytes.Length, start + length);
        Assert.Equal(
            """[1,{},null,"Presence",["lab-1",{"cursor":{"x":412.5,"y":96},"editing":null}]]""",
            MessagePackSerializer.ConvertToJson(bytes.AsMemory(start, length)));
        Assert.Equal((1, null, "Presence"), HubMessagePack.ReadHeader(bytes.AsMemory(start, length)));
    }
}
