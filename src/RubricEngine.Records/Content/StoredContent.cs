using RubricEngine.Model.Dossiers;
using RubricEngine.Records.Chain;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Records.Content;

/// <summary>
/// Content stored once by its address <c>digest(kind, name, body)</c>: a rubric's source text (comments
/// included: the text itself is what replays), or a dossier's <see cref="CanonicalDossier"/> JSON under its id.
/// A dossier is not addressed by the <c>dossier.hash</c> its decision carries: that hash drops decimal scale
/// (4.50 and 4.5 hash alike) while the decision's trace prints the value as given, so two dossiers with one
/// dossier hash can decide to different bytes, and each must replay from its own content.
/// </summary>
internal sealed record StoredContent(string Hash, string Kind, string Name, string Body)
{
    public const string RubricKind = "rubric";
    public const string DossierKind = "dossier";

    /// <summary>True when the body, kind and name still give the address.</summary>
    public bool IsIntact => RecordHash.Digest(Kind, Name, Body) == Hash;
}

/// <summary>Content about to be stored: its body as UTF-8, hashed and stored as those bytes.</summary>
internal sealed class NewContent
{
    private NewContent(string kind, string name, ReadOnlyMemory<byte> body)
    {
        Kind = kind;
        Name = name;
        Body = body;
        Hash = RecordHash.Digest([kind, name], body);
    }

    public string Hash { get; }

    public string Kind { get; }

    public string Name { get; }

    public ReadOnlyMemory<byte> Body { get; }

    public static NewContent Rubric(string name, string text) => new(StoredContent.RubricKind, name, System.Text.Encoding.UTF8.GetBytes(text));

    public static NewContent Dossier(Dossier dossier) => Dossier(dossier.Id, CanonicalDossier.Utf8(dossier));

    /// <summary>A dossier's canonical content as its screening worker rendered it (<see cref="CanonicalDossier"/>).</summary>
    public static NewContent Dossier(string id, byte[] canonical) => new(StoredContent.DossierKind, id, canonical);
}
