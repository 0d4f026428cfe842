using System.Buffers;
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

    private const int PrefixBytes = 12; // "2147483647:" and ";"

    /// <summary>The digest of the fields, each as <c>length:UTF-8 bytes;</c> and a null as <c>~;</c>.</summary>
    public static string Digest(params ReadOnlySpan<string?> fields) => Digest(fields, null);

    /// <summary>
    /// The same digest, with a last field given as its UTF-8 bytes: a recorded payload is hashed as the bytes its
    /// worker wrote, without turning them into a string and back. <c>Digest(a, b, s)</c> equals
    /// <c>Digest([a, b], UTF-8 of s)</c>.
    /// </summary>
    public static string Digest(ReadOnlySpan<string?> fields, ReadOnlyMemory<byte>? lastUtf8)
    {
        var size = lastUtf8 is { } last ? last.Length + PrefixBytes : 0;
        foreach (var field in fields)
        {
            size += field is null ? 2 : Encoding.UTF8.GetMaxByteCount(field.Length) + PrefixBytes;
        }

        // One pooled buffer and one SHA-256 call per digest: a decision with its trace runs to kilobytes.
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var written = 0;
            foreach (var field in fields)
            {
                if (field is null)
                {
                    "~;"u8.CopyTo(buffer.AsSpan(written));
                    written += 2;
                    continue;
                }

                var prefix = written;
                written += PrefixBytes - 1; // room for the longest length prefix, moved into place below
                var length = Encoding.UTF8.GetBytes(field, buffer.AsSpan(written));
                written = Frame(buffer, prefix, length);
            }

            if (lastUtf8 is { } bytes)
            {
                var prefix = written;
                bytes.Span.CopyTo(buffer.AsSpan(written + PrefixBytes - 1));
                written = Frame(buffer, prefix, bytes.Length);
            }

            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, written)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Link(string previousHash, string digest) => Hex(Encoding.ASCII.GetBytes(previousHash + ":" + digest));

    /// <summary>
    /// Writes <c>length:</c> at <paramref name="at"/> in front of the field's bytes (written after the room left for
    /// the prefix), closes it with <c>;</c>, and returns the end.
    /// </summary>
    private static int Frame(byte[] buffer, int at, int length)
    {
        Span<byte> prefix = stackalloc byte[PrefixBytes];
        length.TryFormat(prefix, out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
        prefix[digits++] = (byte)':';
        var body = at + PrefixBytes - 1;
        buffer.AsSpan(body, length).CopyTo(buffer.AsSpan(at + digits));
        prefix[..digits].CopyTo(buffer.AsSpan(at));
        var end = at + digits + length;
        buffer[end] = (byte)';';
        return end + 1;
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
