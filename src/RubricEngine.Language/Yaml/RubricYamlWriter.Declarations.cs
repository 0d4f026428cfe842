using RubricEngine.Model.Rubrics;
using RubricEngine.Model.Types;
using RubricEngine.Model.Units;

namespace RubricEngine.Language.Yaml;

/// <summary>Outcomes, inputs and their types.</summary>
public static partial class RubricYamlWriter
{
    private static OutMap Outcome(OutcomeDeclaration outcome) => new OutMap().Add("title", Texts(outcome.Title));

    private static YamlOut Input(InputDeclaration input)
    {
        var map = new OutMap()
            .Add("type", TypeText(input.Type, input.Unit, input.Range))
            .Add("optional", input.Required ? null : new OutScalar("true"))
            .Add("title", Texts(input.Title))
            .Add("on_conflict", (YamlOut?)Steps(input) ?? (input.Conflict == ConflictPolicy.Unknown ? null : new OutScalar(YamlVocabulary.WordFor(YamlVocabulary.ConflictPolicies, input.Conflict), ScalarKind.Text)))
            .Add("requires", Requirements(input.Requirements))
            .Add("at_least", input.MinimumCount is { } count ? Number(count) : null);
        if (input.Type is ListType list)
        {
            var fields = new OutMap();
            foreach (var field in list.Fields)
            {
                var type = new OutScalar(TypeText(field.Type, field.Unit, field.Range));
                fields.Add(field.Name, field.Required ? type : new OutMap().Add("type", type).Add("optional", new OutScalar("true")));
            }

            map.Add("fields", fields);
        }

        return Compact(map, "type");
    }

    /// <summary>The type as the DSL writes it, which is also how the YAML form writes it.</summary>
    internal static string TypeText(DataType type, Unit? unit) => type switch
    {
        DecimalType => "decimal",
        IntegerType => "integer",
        BooleanType => "boolean",
        TextType => "text",
        DateType => "date",
        QuantityType => "quantity in " + (unit?.Symbol ?? string.Empty),
        EnumType e => "one of " + string.Join(", ", e.Members),
        _ => YamlTypes.ListType,
    };
}
