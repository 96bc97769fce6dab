namespace Laboratori.Web.Documents;

/// <summary>A logo for the documents' header: a PNG file's bytes and its size in pixels.</summary>
public sealed record DocumentLogo(string Name, byte[] Png, int Width, int Height)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The logo in a PNG file, or null when the bytes are not a PNG image.</summary>
    public static DocumentLogo? FromPng(string name, byte[] bytes)
    {
        // The IHDR chunk comes first: width and height are big-endian at bytes 16 and 20.
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            return null;
        }

        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        return width > 0 && height > 0 ? new DocumentLogo(name, bytes, width, height) : null;
    }
}
