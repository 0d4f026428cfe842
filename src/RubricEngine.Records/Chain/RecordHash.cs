using System.Security.Cryptography;
using System.Text;

namespace RubricEngine.Records.Chain;

/// <summary>
/// The hashes of the chain. A record's hash covers the previous record's hash and the digest of its own
/// fields, so an export can prove a link with the digest alone, without the fields of other runs' records.
/// Fields are length-prefixed, so no value can be shifted into its neighbour.
/// </summary>
internal static class RecordHash
{
    /// <summary>The previous hash of the first record of every store.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Digest(params ReadOnlySpan<string?> fields)
    {
        // Hashed field by field from one pooled buffer: a decision with its trace runs to kilobytes.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> prefix = stackalloc byte[16];
        foreach (var field in fields)
        {
            if (field is null)
            {
                hash.AppendData("~;"u8);
                continue;
            }

            var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(field.Length));
            var length = Encoding.UTF8.GetBytes(field, rented);
            length.TryFormat(prefix, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            prefix[written++] = (byte)':';
            hash.AppendData(prefix[..written]);
            hash.AppendData(rented.AsSpan(0, length));
            hash.AppendData(";"u8);
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Link(string previousHash, string digest) => Hex(Encoding.ASCII.GetBytes(previousHash + ":" + digest));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
