using System.Collections.Frozen;
using RubricEngine.Model.Diagnostics;
using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Text;

namespace RubricEngine.Screening.Dossiers;

/// <summary>The inputs a rubric expects of a dossier, indexed once per rubric for the readers.</summary>
internal sealed class DossierSchema
{
    /// <summary>Keys of a dossier that are not inputs.</summary>
    public const string IdKey = "id";
    public const string DateKey = "assessment_date";
    public const string EvidenceKey = "evidence";
    public const string InputsKey = "inputs";

    private readonly FrozenDictionary<string, InputDeclaration> _inputs;

    public DossierSchema(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        Rubric = rubric;
        _inputs = rubric.Inputs.ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);
    }

    public Rubric Rubric { get; }

    public IEnumerable<InputDeclaration> Inputs => Rubric.Inputs;

    public InputDeclaration? Input(string name) => _inputs.GetValueOrDefault(name);

    /// <summary>A "did you mean" hint for a misspelt input name, or an empty string.</summary>
    public DiagnosticPhrase SuggestInput(string name) => DiagnosticPhrases.DidYouMean(NameSuggester.Suggest(name, _inputs.Keys));
}
