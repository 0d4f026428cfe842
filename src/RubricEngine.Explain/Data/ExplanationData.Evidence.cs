using System.Globalization;
using RubricEngine.Model.Dossiers;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

internal sealed partial class ExplanationData
{
    /// <summary>
    /// The evidence items the decision's values cite, sorted by id, with their documents when the dossier is
    /// at hand (the decision itself keeps only ids); empty when it is not.
    /// </summary>
    private ScriptArray Evidence()
    {
        if (dossier is null)
        {
            return [];
        }

        var cited = decision.Criteria.SelectMany(c => c.Values).SelectMany(v => v.Evidence)
            .Distinct().Order(StringComparer.Ordinal);
        return ScriptData.Array(cited, id => Item(id, dossier.EvidenceById(id)));
    }

    private static ScriptObject Item(string id, EvidenceItem? item) => ScriptData.Object(
        ("id", id),
        ("document", item?.Document),
        ("page", item?.Page),
        ("verified_by", item?.VerifiedBy),
        ("is_verified", item?.IsVerified ?? false),
        ("date", item?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
