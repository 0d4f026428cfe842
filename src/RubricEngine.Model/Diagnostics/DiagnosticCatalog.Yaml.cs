namespace RubricEngine.Model.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>RUB0100: the text is not well-formed YAML.</summary>
    public static DiagnosticDescriptor MalformedYaml { get; } =
        Error("RUB0100", "Malformed YAML", "Malformed YAML: {0}");

    /// <summary>RUB0101: a mapping holds a key the YAML form does not define there.</summary>
    public static DiagnosticDescriptor UnknownYamlKey { get; } =
        Error("RUB0101", "Unknown YAML key", "Unknown key '{0}' in {1}{2}");

    /// <summary>RUB0102: a mapping holds the same key twice.</summary>
    public static DiagnosticDescriptor DuplicateYamlKey { get; } =
        Error("RUB0102", "Duplicate YAML key", "Duplicate key '{0}'; it is already written at line {1}");

    /// <summary>RUB0103: a node is a scalar, mapping or sequence where another kind belongs.</summary>
    public static DiagnosticDescriptor WrongYamlNodeKind { get; } =
        Error("RUB0103", "Wrong YAML node kind", "{0} should be {1}, not {2}");

    /// <summary>RUB0104: a mapping lacks a key the YAML form requires.</summary>
    public static DiagnosticDescriptor MissingYamlKey { get; } =
        Error("RUB0104", "Missing YAML key", "{0} lacks the required key '{1}'");

    /// <summary>RUB0105: a scalar cannot be read as the value its key expects.</summary>
    public static DiagnosticDescriptor InvalidYamlValue { get; } =
        Error("RUB0105", "Invalid YAML value", "{0} should be {1}, but is '{2}'{3}");

    /// <summary>RUB0106: a key that names a declaration is not a valid rubric name.</summary>
    public static DiagnosticDescriptor InvalidYamlName { get; } =
        Error("RUB0106", "Invalid name", "'{0}' is not a valid name: {1}");

    /// <summary>RUB0107: anchors and aliases could expand without bound and make a rubric hard to read.</summary>
    public static DiagnosticDescriptor YamlAliasNotAllowed { get; } =
        Error("RUB0107", "YAML anchors and aliases are not allowed", "Anchors and aliases ('{0}') are not allowed in a rubric; write the value out");

    /// <summary>RUB0108: explicit tags would let YAML decide types that the rubric form decides.</summary>
    public static DiagnosticDescriptor YamlTagNotAllowed { get; } =
        Error("RUB0108", "YAML tags are not allowed", "Tags such as '{0}' are not allowed in a rubric");

    /// <summary>RUB0109: a rubric file holds exactly one YAML document.</summary>
    public static DiagnosticDescriptor YamlDocumentCount { get; } =
        Error("RUB0109", "Not one YAML document", "A rubric file holds exactly one YAML document; {0}");

    /// <summary>RUB0110: nesting deeper than the rubric form ever needs, refused before it can exhaust the stack.</summary>
    public static DiagnosticDescriptor YamlTooDeep { get; } =
        Error("RUB0110", "YAML nested too deeply", "The YAML nests deeper than {0} levels");

    /// <summary>RUB0111: a key that only makes sense for another kind of declaration, such as 'fields' on a scalar input.</summary>
    public static DiagnosticDescriptor YamlKeyNotApplicable { get; } =
        Error("RUB0111", "YAML key not applicable", "{0} applies only to {1}");

    /// <summary>RUB0112: a mapping holds two keys of which only one may be written, such as a unit's 'dimension' and 'equals'.</summary>
    public static DiagnosticDescriptor YamlKeysExclusive { get; } =
        Error("RUB0112", "YAML keys exclusive", "{0} has both '{1}' and '{2}'; write only one");

    /// <summary>RUB0113: a unit's definition is not a number followed by a unit.</summary>
    public static DiagnosticDescriptor YamlUnitDefinition { get; } =
        Error("RUB0113", "Invalid unit definition", "{0} should be a number and a unit, such as '1000 kgH2', but is '{1}'");
}
