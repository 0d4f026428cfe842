using System.Text;

namespace RubricEngine.Screening.Tests.Fuzzing;

/// <summary>
/// Mutates seed texts as a careless pipeline or an attacker would: byte flips (giving invalid UTF-8), truncation,
/// duplication, splicing in parts of another seed, random Unicode (surrogates, controls, U+FFFD), deep nesting,
/// the format's own punctuation, numbers beyond decimal, and long runs. Deterministic for a given random source.
/// </summary>
internal sealed class FuzzMutator(IReadOnlyList<string> seeds, string[] tokens, string opener)
{
    private const int MaxLength = 256 * 1024; // bounds one input, so 10,000 of them stay fast

    private static readonly string[] Numbers =
        ["1e400", "1e-400", "79228162514264337593543950336", "99.99999999999999999999999999999", "1,000", "-0", "1e", ".", "NaN", "0x1F"];

    /// <summary>One mutated input and the seed it grew from.</summary>
    public (string Text, int Seed) Next(Random random)
    {
        var seed = random.Next(seeds.Count);
        var text = seeds[seed];
        for (var steps = 1 + random.Next(4); steps > 0; steps--)
        {
            text = Mutate(text, random);
            if (text.Length > MaxLength)
            {
                text = text[..MaxLength];
            }
        }

        return (text, seed);
    }

    /// <summary>The UTF-8 bytes of a text with some bits flipped, for reading from a file (invalid UTF-8 kept as is).</summary>
    public static byte[] FlippedBytes(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < 1 + random.Next(4) && bytes.Length > 0; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    private string Mutate(string text, Random r)
    {
        var at = r.Next(text.Length + 1);
        var span = Math.Min(text.Length - at, r.Next(64));
        return r.Next(10) switch
        {
            0 => Encoding.UTF8.GetString(FlippedBytes(text, r)),
            1 => text[..at],
            2 => text.Insert(at, text.Substring(at, span)),
            3 => text.Insert(at, Part(seeds[r.Next(seeds.Count)], r)),
            4 => text.Insert(at, RandomUnicode(r)),
            5 => text.Insert(at, string.Concat(Enumerable.Repeat(opener, 1 + r.Next(3000)))),
            6 => text.Remove(at, span),
            7 => text.Insert(at, string.Concat(Enumerable.Range(0, 1 + r.Next(6)).Select(_ => tokens[r.Next(tokens.Length)]))),
            8 => text.Insert(at, Numbers[r.Next(Numbers.Length)]),
            _ => text.Insert(at, new string(text.Length == 0 ? 'x' : text[Math.Min(at, text.Length - 1)], 1 + r.Next(20_000))),
        };
    }

    private static string Part(string text, Random r)
    {
        var at = r.Next(text.Length + 1);
        return text.Substring(at, Math.Min(text.Length - at, r.Next(400)));
    }

    private static string RandomUnicode(Random r)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 1 + r.Next(8); i++)
        {
            text.Append(r.Next(6) switch
            {
                0 => (char)r.Next(0xD800, 0xE000), // a lone surrogate
                1 => (char)r.Next(0, 32),
                2 => '\uFFFD',
                3 => char.ConvertFromUtf32(r.Next(0x1F300, 0x1F600)),
                4 => (char)r.Next(0x80, 0x800),
                _ => (char)r.Next(0x3000, 0x9FFF),
            });
        }

        return text.ToString();
    }
}
