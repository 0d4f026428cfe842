namespace RubricEngine.NRules.Tests.Evidence;

/// <summary>
/// The logic of docs/language.md, row by row, on both engines: met (M), not met (N), unknown (U), conflict (C) and
/// not applicable (A) under and, or, not, any of, all of, and "= true". Each operand's state comes from a dossier:
/// 1 is met, -1 not met, no value unknown, [1, -1] a conflict; the criteria dated until 2000 do not apply in 2026.
/// </summary>
public class TruthTableTests
{
    private const string Rubric = """
        rubric logic version "1"
        outcome yes
        outcome no
        input a: decimal optional
        input b: decimal optional
        criterion a_now when a > 0
        criterion a_old when a > 0
          until 2000-01-01
        criterion b_now when b > 0
        criterion b_old when b > 0
          until 2000-01-01
        criterion and_nn when a_now and b_now
        criterion and_on when a_old and b_now
        criterion and_no when a_now and b_old
        criterion and_oo when a_old and b_old
        criterion or_nn when a_now or b_now
        criterion or_on when a_old or b_now
        criterion or_no when a_now or b_old
        criterion or_oo when a_old or b_old
        criterion any_nn when any of (a_now, b_now)
        criterion any_on when any of (a_old, b_now)
        criterion all_nn when all of (a_now, b_now)
        criterion all_no when all of (a_now, b_old)
        criterion not_n when not a_now
        criterion not_o when not a_old
        criterion true_n when a_now = true
        criterion true_o when a_old = true
        classification
          yes when and_nn
          otherwise no
        """;

    // Rows: the left operand's state; columns: the right operand's, both in the order M N U C A.
    private static readonly string[] And = ["MNUCM", "NNNNN", "UNUCU", "CNCCC", "MNUCA"];
    private static readonly string[] Or = ["MMMMM", "MNUCN", "MUUCU", "MCCCC", "MNUCA"];
    private static readonly Dictionary<char, char> Not = new() { ['M'] = 'N', ['N'] = 'M', ['U'] = 'U', ['C'] = 'C', ['A'] = 'A' };

    private static readonly (char State, string Json)[] Values = [('M', "1"), ('N', "-1"), ('U', "null"), ('C', "[1, -1]")];

    [Fact]
    public void Logic_EveryPairOfStates_GivesTheTruthTableOnBothEngines()
    {
        var rubric = BothEngines.Load(Rubric);
        var dossiers = new List<string>();
        foreach (var (_, a) in Values)
        {
            foreach (var (_, b) in Values)
            {
                var fields = string.Join(", ", new[] { a == "null" ? null : $"\"a\": {a}", b == "null" ? null : $"\"b\": {b}" }.OfType<string>());
                dossiers.Add($"{{\"id\": \"d{dossiers.Count}\", \"assessment_date\": \"2026-01-01\"{(fields.Length > 0 ? ", " + fields : "")}}}");
            }
        }

        var decisions = BothEngines.Screen(rubric, "[" + string.Join(",\n", dossiers) + "]");
        var checkedCells = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            for (var j = 0; j < Values.Length; j++)
            {
                var decision = decisions[(i * Values.Length) + j];
                var (sa, sb) = (Values[i].State, Values[j].State);
                Assert.Equal(Word(sa), decision.Verdict("a_now"));
                Assert.Equal(Word(sb), decision.Verdict("b_now"));
                Expect(decision, "and_nn", Cell(And, sa, sb));
                Expect(decision, "and_on", Cell(And, 'A', sb));
                Expect(decision, "and_no", Cell(And, sa, 'A'));
                Expect(decision, "and_oo", Cell(And, 'A', 'A'));
                Expect(decision, "or_nn", Cell(Or, sa, sb));
                Expect(decision, "or_on", Cell(Or, 'A', sb));
                Expect(decision, "or_no", Cell(Or, sa, 'A'));
                Expect(decision, "or_oo", Cell(Or, 'A', 'A'));
                Expect(decision, "any_nn", Cell(Or, sa, sb));
                Expect(decision, "any_on", Cell(Or, 'A', sb));
                Expect(decision, "all_nn", Cell(And, sa, sb));
                Expect(decision, "all_no", Cell(And, sa, 'A'));
                Expect(decision, "not_n", Not[sa]);
                Expect(decision, "not_o", 'A');
                Expect(decision, "true_n", sa);
                Expect(decision, "true_o", 'A');
                checkedCells += 16;
            }
        }

        Assert.Equal(256, checkedCells);
    }

    private static char Cell(string[] table, char left, char right) => table["MNUCA".IndexOf(left)]["MNUCA".IndexOf(right)];

    private static void Expect(Screening.Decisions.Decision decision, string criterion, char state) =>
        Assert.True(Word(state) == decision.Verdict(criterion), $"{decision.DossierId} {criterion}: expected {Word(state)}, got {decision.Verdict(criterion)}");

    private static string Word(char state) => state switch
    {
        'M' => "met",
        'N' => "not_met",
        'U' => "unknown",
        'C' => "conflict",
        _ => "not_applicable",
    };
}
