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
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            if (field is null)
            {
                text.Append("~;");
            }
            else
            {
                text.Append(Encoding.UTF8.GetByteCount(field)).Append(':').Append(field).Append(';');
            }
        }

        return Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }

    public static string Link(string previousHash, string digest) => Hex(Encoding.ASCII.GetBytes(previousHash + ":" + digest));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
