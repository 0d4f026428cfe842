using System.Text.Json;

namespace RubricEngine.Screening.Decisions;

/// <summary>
/// The property names of decision JSON, encoded once: a Yeda decision writes about 600 of them, and encoding each
/// from a string every time was a share of writing the decision. Plain ASCII names, so the bytes are the same.
/// </summary>
public static partial class DecisionJson
{
    private static class Names
    {
        public static readonly JsonEncodedText Citation = JsonEncodedText.Encode("citation");

        public static readonly JsonEncodedText Condition = JsonEncodedText.Encode("condition");

        public static readonly JsonEncodedText Conditions = JsonEncodedText.Encode("conditions");

        public static readonly JsonEncodedText Criteria = JsonEncodedText.Encode("criteria");

        public static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");

        public static readonly JsonEncodedText Dossier = JsonEncodedText.Encode("dossier");

        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");

        public static readonly JsonEncodedText Groups = JsonEncodedText.Encode("groups");

        public static readonly JsonEncodedText Hash = JsonEncodedText.Encode("hash");

        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        public static readonly JsonEncodedText Indicators = JsonEncodedText.Encode("indicators");

        public static readonly JsonEncodedText Input = JsonEncodedText.Encode("input");

        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

        public static readonly JsonEncodedText Missing = JsonEncodedText.Encode("missing");

        public static readonly JsonEncodedText Unknown = JsonEncodedText.Encode("unknown");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");

        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

        public static readonly JsonEncodedText Result = JsonEncodedText.Encode("result");

        public static readonly JsonEncodedText Rubric = JsonEncodedText.Encode("rubric");

        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");

        public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");

        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");

        public static readonly JsonEncodedText Step = JsonEncodedText.Encode("step");

        public static readonly JsonEncodedText Subtotal = JsonEncodedText.Encode("subtotal");

        public static readonly JsonEncodedText Thresholds = JsonEncodedText.Encode("thresholds");

        public static readonly JsonEncodedText Trace = JsonEncodedText.Encode("trace");
        public static readonly JsonEncodedText Cohort = JsonEncodedText.Encode("cohort");

        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        public static readonly JsonEncodedText Values = JsonEncodedText.Encode("values");

        public static readonly JsonEncodedText Verdict = JsonEncodedText.Encode("verdict");

        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");

        public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
    }
}
