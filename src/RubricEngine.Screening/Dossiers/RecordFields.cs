using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using RubricEngine.Model.Types;

namespace RubricEngine.Screening.Dossiers;

/// <summary>The declared fields of a list type, indexed by name once (expert panels have twenty fields and ten records).</summary>
internal static class RecordFields
{
    private static readonly ConditionalWeakTable<ListType, FrozenDictionary<string, Slot>> Cache = [];

    public static FrozenDictionary<string, Slot> Of(ListType type) =>
        Cache.GetValue(type, t =>
        {
            var ranks = t.Fields.Select(f => f.Name).Order(StringComparer.Ordinal).Select((n, r) => (n, r)).ToDictionary(p => p.n, p => p.r, StringComparer.Ordinal);
            return t.Fields.Select((f, i) => new Slot(f, i, ranks[f.Name])).ToFrozenDictionary(s => s.Field.Name, StringComparer.Ordinal);
        });

    private static readonly ConditionalWeakTable<ListType, Slot[]> Ordered = [];

    /// <summary>The slots in declaration order (<see cref="Slot.Index"/>).</summary>
    public static Slot[] InOrder(ListType type) =>
        Ordered.GetValue(type, t => [.. Of(t).Values.OrderBy(s => s.Index)]);

    /// <summary>A declared field and its position.</summary>
    /// <param name="Field">The declaration.</param>
    /// <param name="Index">Its position in the list type.</param>
    /// <param name="Rank">Its position among the field names in ordinal order, the order records keep their fields in.</param>
    public sealed record Slot(FieldDeclaration Field, int Index, int Rank)
    {
        /// <summary>The field's name as UTF-8, to match a JSON key without decoding it.</summary>
        public byte[] Utf8Name { get; } = System.Text.Encoding.UTF8.GetBytes(Field.Name);
    }
}
