using System.Security.Cryptography;
using System.Text;

namespace Clinic.Web.Performance;

/// <summary>SHA-256 over length-prefixed parts, so ("ab","c") and ("a","bc") differ.</summary>
internal sealed class Fingerprint
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            return Add([0xff]);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return Add(bytes);
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
        return this;
    }

    public string Finish()
    {
        var result = Convert.ToHexString(hash.GetHashAndReset());
        hash.Dispose();
        return result;
    }
}
