namespace RubricEngine.Authoring.Sensitivity;

/// <summary>How far one dossier's decision is from changing.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="Outcome">Its outcome.</param>
/// <param name="Margins">Each comparison of a value with a constant, in criteria then tiers order, with its margin.</param>
/// <param name="Indicators">For each indicator, the smallest change of its score that changes the outcome (up and down).</param>
/// <param name="Weights">For each weight changed by <paramref name="WeightStepPercent"/> up and down, the outcome it gives.</param>
/// <param name="WeightStepPercent">The stated percentage weights were changed by.</param>
public sealed record SensitivityReport(
    string DossierId, string Outcome, IReadOnlyList<ThresholdMargin> Margins, IReadOnlyList<IndicatorSensitivity> Indicators,
    IReadOnlyList<WeightSensitivity> Weights, decimal WeightStepPercent);

/// <summary>One comparison with a constant and how far its value is from the threshold, in the threshold's unit.</summary>
/// <param name="Rule">The declaration, such as <c>criterion:hydro_lifecycle</c> or <c>tier:transfer</c>.</param>
/// <param name="Comparison">The comparison as the rubric writes it.</param>
/// <param name="Value">The value compared, converted to the threshold's unit; null when unknown.</param>
/// <param name="Threshold">The constant.</param>
/// <param name="Margin">Value minus threshold, in the threshold's unit; null when the value is unknown.</param>
/// <param name="Unit">The threshold's unit symbol (empty for a plain number).</param>
/// <param name="Holds">Whether the comparison holds; null when unknown.</param>
public sealed record ThresholdMargin(string Rule, string Comparison, decimal? Value, decimal Threshold, decimal? Margin, string Unit, bool? Holds);

/// <summary>The smallest changes of one indicator's score that change the outcome, each checked by screening.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Score">Its score in this decision.</param>
/// <param name="Raise">The smallest increase that changes the outcome, and the outcome it gives; null when none does.</param>
/// <param name="Lower">The smallest decrease (as a positive number), and the outcome; null when none does.</param>
public sealed record IndicatorSensitivity(string Indicator, decimal? Score, ScoreChange? Raise, ScoreChange? Lower);

/// <summary>A change of a score and the outcome the dossier then gets.</summary>
/// <param name="By">How much the score changes (positive). A change to just past a strict bound is its infimum, marked <paramref name="Beyond"/>.</param>
/// <param name="Outcome">The outcome with that change.</param>
/// <param name="Beyond">True when the outcome changes only for changes strictly greater than <paramref name="By"/>.</param>
public sealed record ScoreChange(decimal By, string Outcome, bool Beyond);

/// <summary>One weight changed by the stated percentage, and the outcome and score it gives.</summary>
/// <param name="Element">indicator or group.</param>
/// <param name="Name">Its name.</param>
/// <param name="Weight">The weight as the rubric states it.</param>
/// <param name="NewWeight">The changed weight.</param>
/// <param name="Outcome">The outcome with that weight.</param>
/// <param name="Score">The overall score with that weight.</param>
public sealed record WeightSensitivity(string Element, string Name, decimal Weight, decimal NewWeight, string Outcome, decimal? Score);
