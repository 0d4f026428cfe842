using RubricEngine.Records.Chain;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Records.Recording;

/// <summary>
/// What earlier sessions of a resumed run committed, found again by where each dossier was read
/// (<c>path(line,col)</c>; by its id when it was read without a position). Empty for a new run.
/// </summary>
internal sealed class CommittedItems
{
    private readonly Dictionary<string, StoredRecord> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _decidedAt = new(StringComparer.Ordinal);

    public static CommittedItems None { get; } = new();

    public int Count => _byKey.Count;

    public IEnumerable<StoredRecord> Records => _byKey.Values;

    public static CommittedItems Of(IEnumerable<StoredRecord> runRecords)
    {
        var committed = new CommittedItems();
        foreach (var record in runRecords.Where(r => r.Kind is RecordKinds.Decision or RecordKinds.Error))
        {
            if (Key(record.Source, record.DossierId) is { } key)
            {
                committed._byKey[key] = record;
            }

            if (record.Kind == RecordKinds.Decision && record.DossierId is not null)
            {
                committed._decidedAt.TryAdd(record.DossierId, record.Source ?? record.DossierId);
            }
        }

        return committed;
    }

    /// <summary>The record an earlier session made of this dossier, or null.</summary>
    public StoredRecord? Find(DossierReadResult read) => Key(Source(read), read.DossierId) is { } key ? _byKey.GetValueOrDefault(key) : null;

    /// <summary>Where an earlier session read the dossier that was decided under this id, or null.</summary>
    public string? DecidedAt(string? dossierId) => dossierId is null ? null : _decidedAt.GetValueOrDefault(dossierId);

    /// <summary>Where a dossier was read, as its record keeps it; null when it was read without a position.</summary>
    public static string? Source(DossierReadResult read) =>
        read.Span.HasLocation || read.Span.Path.Length > 0 ? read.Span.ToString() : null;

    private static string? Key(string? source, string? dossierId) =>
        source is not null ? "at " + source : dossierId is not null ? "id " + dossierId : null;
}
