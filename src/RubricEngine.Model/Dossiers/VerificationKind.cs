namespace RubricEngine.Model.Dossiers;

/// <summary>
/// Who vouched for an evidence item, as a dossier's <c>verification</c> field says: the words are
/// <c>self_declared</c>, <c>second_party</c>, <c>third_party</c> and <c>accredited</c>.
/// </summary>
public enum VerificationKind
{
    /// <summary>The project itself declares the figure.</summary>
    SelfDeclared,

    /// <summary>A party with an interest (a customer, an adviser) reviewed it.</summary>
    SecondParty,

    /// <summary>An independent third party verified it.</summary>
    ThirdParty,

    /// <summary>A third party accredited for this kind of verification (for example under Regulation (EU) 2018/2067) verified it.</summary>
    Accredited,
}

/// <summary>The words of <see cref="VerificationKind"/>.</summary>
public static class VerificationKinds
{
    /// <summary>The words, in the order of the enumeration.</summary>
    public static IReadOnlyList<string> Words { get; } = ["self_declared", "second_party", "third_party", "accredited"];

    /// <summary>The snake_case word.</summary>
    public static string ToWord(this VerificationKind kind) => Words[(int)kind];

    /// <summary>The kind for a word, or null.</summary>
    public static VerificationKind? Parse(string? word)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i] == word)
            {
                return (VerificationKind)i;
            }
        }

        return null;
    }

    /// <summary>True for the kinds that count as third-party verified: third party and accredited.</summary>
    public static bool IsThirdParty(this VerificationKind kind) => kind is VerificationKind.ThirdParty or VerificationKind.Accredited;

    /// <summary>True when evidence verified as <paramref name="actual"/> satisfies a test for <paramref name="wanted"/>: accredited is also third party.</summary>
    public static bool Satisfies(this VerificationKind actual, VerificationKind wanted) =>
        actual == wanted || (wanted == VerificationKind.ThirdParty && actual == VerificationKind.Accredited);
}
