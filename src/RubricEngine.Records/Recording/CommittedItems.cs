using RubricEngine.Records.Chain;
using RubricEngine.Records.Content;
using RubricEngine.Screening.Dossiers;

namespace RubricEngine.Records.Recording;

/// <summary>
/// What earlier sessions of a resumed run committed. A decided dossier is found again by its content: the content
/// address its record keeps (<c>digest(kind, id, canonical JSON)</c>, so the id is part of it), whatever file, folder,
/// position or order it is read from this time; an edited dossier is not the one that was committed. A dossier that
/// was not screened (an error record, no content) is found by where it was read (<c>path(line,col)</c>; by its id
/// when it was read without a position). Empty for a new run.
/// </summary>
internal sealed class CommittedItems
{
    private readonly Dictionary<string, StoredRecord> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoredRecord>> _byContent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _decidedAt = new(StringComparer.Ordinal);
    private readonly List<StoredRecord> _records = [];

    public static CommittedItems None { get; } = new();

    public int Count => _records.Count;

    public IEnumerable<StoredRecord> Records => _records;

    public static CommittedItems Of(IEnumerable<StoredRecord> runRecords)
    {
        var committed = new CommittedItems();
        foreach (var record in runRecords.Where(r => r.Kind is RecordKinds.Decision or RecordKinds.Error))
        {
            committed._records.Add(record);
            if (record.Kind == RecordKinds.Decision && record.DossierHash is { } content)
            {
                if (!committed._byContent.TryGetValue(content, out var same))
                {
                    committed._byContent[content] = same = [];
                }

                same.Add(record);
            }
            else if (Key(record.Source, record.DossierId) is { } key)
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

    /// <summary>A pass over one session's dossiers in order, in which each committed record is found at most once.</summary>
    public Pass NewPass() => new(this);

    /// <summary>Whether an earlier session committed a record of this dossier (the first match of a new pass).</summary>
    public StoredRecord? Find(DossierReadResult read) => NewPass().Match(read);

    /// <summary>Where an earlier session read the dossier that was decided under this id, or null.</summary>
    public string? DecidedAt(string? dossierId) => dossierId is null ? null : _decidedAt.GetValueOrDefault(dossierId);

    /// <summary>Where a dossier was read, as its record keeps it; null when it was read without a position.</summary>
    public static string? Source(DossierReadResult read) =>
        read.Span.HasLocation || read.Span.Path.Length > 0 ? read.Span.ToString() : null;

    private static string? Key(string? source, string? dossierId) =>
        source is not null ? "at " + source : dossierId is not null ? "id " + dossierId : null;

    /// <summary>
    /// Matches the dossiers of one session against the committed records. A record matches once: a second dossier of the
    /// same content and id (a copy in another file) is not committed; it fails as a duplicate id, as it would have in one
    /// session. Of several records of one content, the one read at the same place is taken first.
    /// </summary>
    internal sealed class Pass(CommittedItems committed)
    {
        private readonly HashSet<long> _used = [];

        public StoredRecord? Match(DossierReadResult read)
        {
            if (committed.Count == 0)
            {
                return null;
            }

            var source = Source(read);
            if (read.Dossier is { } dossier && committed._byContent.TryGetValue(NewContent.Dossier(dossier).Hash, out var same))
            {
                var record = same.FirstOrDefault(r => r.Source == source && !_used.Contains(r.Seq)) ?? same.FirstOrDefault(r => !_used.Contains(r.Seq));
                if (record is not null)
                {
                    _used.Add(record.Seq);
                    return record;
                }
            }

            // Only error records are found by position: a decision at this place whose content differs was of another dossier.
            if (Key(source, read.DossierId) is { } key && committed._byKey.TryGetValue(key, out var error) && _used.Add(error.Seq))
            {
                return error;
            }

            return null;
        }
    }
}
