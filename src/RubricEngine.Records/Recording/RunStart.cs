using RubricEngine.Screening;

namespace RubricEngine.Records.Recording;

/// <summary>What a run records when it starts: the screener, and the rubric's source text so the run replays without its files.</summary>
/// <param name="Screener">The screener of the run.</param>
/// <param name="RubricName">The rubric's file name; its extension tells the loader DSL from YAML.</param>
/// <param name="RubricText">The rubric's source text, stored once by its hash.</param>
/// <param name="Inputs">The dossier paths given, for the envelope.</param>
public sealed record RunStart(Screener Screener, string RubricName, string RubricText, IReadOnlyList<string> Inputs);
