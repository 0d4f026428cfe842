using RubricEngine.Model.Dossiers;
using RubricEngine.Records.Chain;

namespace RubricEngine.Records.Content;

/// <summary>
/// Content stored once by its address <c>digest(kind, name, body)</c>: a rubric's source text (comments
/// included: the text itself is what replays), or a dossier's <see cref="DossierCodec"/> JSON under its id.
/// A dossier is not addressed by the <c>dossier.hash</c> its decision carries: that hash drops decimal scale
/// (4.50 and 4.5 hash alike) while the decision's trace prints the value as given, so two dossiers with one
/// dossier hash can decide to different bytes, and each must replay from its own content.
/// </summary>
internal sealed record StoredContent(string Hash, string Kind, string Name, string Body)
{
    public const string RubricKind = "rubric";
    public const string DossierKind = "dossier";

    public static StoredContent Rubric(string name, string text) => Of(RubricKind, name, text);

    public static StoredContent Dossier(Dossier dossier) => Of(DossierKind, dossier.Id, DossierCodec.Write(dossier));

    /// <summary>True when the body, kind and name still give the address.</summary>
    public bool IsIntact => RecordHash.Digest(Kind, Name, Body) == Hash;

    private static StoredContent Of(string kind, string name, string body) => new(RecordHash.Digest(kind, name, body), kind, name, body);
}
