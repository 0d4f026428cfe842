using RubricEngine.Explain.Localization;
using RubricEngine.Model.Dossiers;
using RubricEngine.Screening.Decisions;
using Scriban.Runtime;

namespace RubricEngine.Explain.Data;

/// <summary>
/// An input the dossier gives several values for, as the decision records it (its <c>conflicts</c> entry): the
/// policy, each step tried with how many candidates it kept and why, why the resolution stopped, and every candidate
/// with its evidence and what became of it. Nothing here reads the dossier or re-runs a check of the screener.
/// </summary>
internal sealed partial class ExplanationData
{
    /// <summary>The conflict of an input compared by a criterion; null when the dossier gives it one value or none.</summary>
    private ScriptObject? Conflict(string input) =>
        decision.Conflicts.FirstOrDefault(c => c.Input == input) is { } conflict ? Conflict(conflict) : null;

    /// <summary>The conflicts no comparison of an applied criterion shows (an input read by an indicator, say), in declaration order.</summary>
    private ScriptArray UnshownConflicts(HashSet<string> compared) =>
        ScriptData.Array(decision.Conflicts.Where(c => !compared.Contains(c.Input)), c => ScriptData.Object(
            ("input", c.Input),
            ("title", InputTitle(c.Input)),
            ("conflict", Conflict(c))));

    private ScriptObject Conflict(ConflictReport conflict)
    {
        var words = labels.Words.Conflicts;
        var unresolved = conflict.Outcome is ConflictReport.Unresolved or ConflictReport.AwaitsVerdicts;
        return ScriptData.Object(
            ("input", conflict.Input),
            ("outcome", conflict.Outcome),
            ("policy", Policy(conflict, words)),
            ("resolved", conflict.Outcome == ConflictReport.Resolved),
            ("unresolved", unresolved),
            ("steps", ScriptData.Array(conflict.Steps.Select((s, i) => (Step: s, Number: i + 1)), s => ScriptData.Object(
                ("number", s.Number),
                ("step", s.Step.Step),
                ("kind", s.Step.Kind),
                ("label", StepLabel(s.Step, words)),
                ("of", s.Step.Of),
                ("kept", s.Step.Kept),
                ("reason", s.Step.Reason),
                ("line", StepLine(s.Step, words))))),
            ("stopped", Stopped(conflict, words)),
            ("candidates", ScriptData.Array(conflict.Candidates, c => Candidate(conflict, c, words, unresolved))));
    }

    /// <summary>The policy line: the rubric's steps; or, when none ran, what settled it or why nothing could.</summary>
    private string Policy(ConflictReport conflict, ConflictText words)
    {
        if (conflict.Outcome == ConflictReport.NoneAdmissible)
        {
            return words.NoneAdmissible;
        }

        if (conflict.Steps.IsEmpty && conflict.Outcome == ConflictReport.Resolved)
        {
            return conflict.Candidates.Count(c => c.Admissible) == 1 ? words.KeptByRequirements : words.ValuesAgree;
        }

        var steps = rubric.Input(conflict.Input)?.ConflictSteps ?? [];
        return steps.IsEmpty ? words.NoPolicy : string.Join(words.ThenStep, steps.Select(s => words.PolicySteps.GetValueOrDefault(s.KindWord, s.Text)));
    }

    private static string StepLabel(PolicyStepResult step, ConflictText words) => words.PolicySteps.GetValueOrDefault(step.Kind, step.Step);

    private static string StepLine(PolicyStepResult step, ConflictText words) => Format(
        words.StepLine, StepLabel(step, words), step.Kept, step.Of, words.StepReasons.GetValueOrDefault($"{step.Kind}:{step.Reason}", step.Reason));

    /// <summary>Why the resolution stopped after the steps it tried; null when it tried none (the policy line says why).</summary>
    private static string? Stopped(ConflictReport conflict, ConflictText words)
    {
        if (conflict.Steps.IsEmpty)
        {
            return null;
        }

        var last = StepLabel(conflict.Steps[^1], words);
        return conflict.Outcome switch
        {
            ConflictReport.AwaitsVerdicts => Format(words.LeftToCriteria, last),
            ConflictReport.Unresolved => words.NoFurtherStep,
            _ => Format(conflict.Left == 1 ? words.LeftOne : words.LeftAgreeing, last),
        };
    }

    private ScriptObject Candidate(ConflictReport conflict, ConflictCandidate candidate, ConflictText words, bool unresolved)
    {
        var inadmissible = candidate.Failed is { } failed ? words.Inadmissible.GetValueOrDefault(failed.Kind, failed.Requirement) : null;
        var setAsideBy = candidate.SetAsideAt is { } at ? StepLabel(conflict.Steps[at - 1], words) : null;
        var why = inadmissible ?? (candidate.SetAsideAt is { } number ? Format(words.AtStep, number, setAsideBy) : null);
        var fate = candidate.Kept
            ? (!unresolved ? words.Kept : conflict.Outcome == ConflictReport.AwaitsVerdicts ? words.ForTheCriteria : words.InConflict)
            : words.SetAside + (why is null ? "" : Format(labels.Words.Parenthesis, why));
        return ScriptData.Object(
            ("value", Numbers.ReadableValue(candidate.Value, _precision)),
            ("evidence", ScriptData.Array(candidate.Evidence, e => EvidenceLine(
                e.Id, e.Document, e.Page, IsThirdParty(e.Verification), e.VerifiedBy,
                e.Method is null ? null : Format(words.Method, e.Method), e.Date is null ? null : Format(words.Dated, e.Date)))),
            ("admissible", candidate.Admissible),
            ("requirement", candidate.Failed?.Requirement),
            ("inadmissible", inadmissible),
            ("kept", candidate.Kept),
            ("set_aside", !candidate.Kept),
            ("set_aside_at", candidate.SetAsideAt),
            ("set_aside_by", setAsideBy),
            ("fate", fate));
    }

    private static bool IsThirdParty(string? verification) => VerificationKinds.Parse(verification)?.IsThirdParty() == true;
}
