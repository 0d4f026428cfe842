using RubricEngine.Model.Dossiers;
using RubricEngine.Model.Logic;
using RubricEngine.Model.Values;
using RubricEngine.Screening.Evaluation;

namespace RubricEngine.Screening.Engine;

/// <summary>
/// The facts of a screening session. Each belongs to one dossier (by its position in the session) and names
/// one declaration. They are immutable records: the engine identifies facts by equality, so a fact with a
/// new value is a new fact, and truth maintenance retracts the old one.
/// </summary>
/// <param name="Dossier">The dossier's key in the session.</param>
/// <param name="Name">The declaration's name.</param>
internal abstract record ScopedFact(int Dossier, string Name);

/// <summary>The dossier itself: its assessment date decides which criteria apply.</summary>
/// <param name="Key">The dossier's key in the session.</param>
/// <param name="Model">The dossier.</param>
internal sealed record DossierFact(int Key, Dossier Model)
{
    // Identity is the key: hashing a whole dossier on every lookup would be wasted work.
    public bool Equals(DossierFact? other) => other is not null && other.Key == Key;

    public override int GetHashCode() => Key;
}

/// <summary>A stated input, after conflict resolution; a missing input is a fact with no value.</summary>
internal sealed record InputFact(int Dossier, string Name, ResolvedInput Input) : ScopedFact(Dossier, Name)
{
    // An expert panel holds hundreds of values: the engine hashes facts often, so identity is the resolved
    // input's reference. Whoever updates an input keeps the fact it inserted (see ScreeningSession).
    public bool Equals(InputFact? other) =>
        other is not null && other.Dossier == Dossier && other.Name == Name && ReferenceEquals(other.Input, Input);

    public override int GetHashCode() => HashCode.Combine(Dossier, Name);
}

/// <summary>A derived value, inserted logically.</summary>
internal sealed record DerivedFact(int Dossier, string Name, Value? Value) : ScopedFact(Dossier, Name);

/// <summary>A criterion's or gate's verdict, inserted logically.</summary>
internal sealed record VerdictFact(int Dossier, string Name, Truth Verdict) : ScopedFact(Dossier, Name);

/// <summary>An indicator's score, inserted logically.</summary>
internal sealed record IndicatorFact(int Dossier, string Name, decimal? Score) : ScopedFact(Dossier, Name);

/// <summary>A group's subtotal, inserted logically.</summary>
internal sealed record GroupFact(int Dossier, string Name, decimal? Subtotal) : ScopedFact(Dossier, Name);

/// <summary>The overall score, inserted logically.</summary>
internal sealed record ScoreFact(int Dossier, string Name, decimal? Score) : ScopedFact(Dossier, Name);

/// <summary>A tier's truth, inserted logically; the name is the tier's position.</summary>
internal sealed record TierFact(int Dossier, string Name, Truth Truth) : ScopedFact(Dossier, Name);

/// <summary>The classification, inserted logically.</summary>
internal sealed record OutcomeFact(int Dossier, string Name, string Outcome, string Reason) : ScopedFact(Dossier, Name);

/// <summary>A dossier's value of the subject of a cohort aggregation; the name is the aggregation's index.</summary>
internal sealed record SubjectFact(int Dossier, string Name, Value? Value) : ScopedFact(Dossier, Name);
