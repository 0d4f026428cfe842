namespace RubricEngine.Rete;

/// <summary>Firing and truth maintenance.</summary>
public sealed partial class Session
{
    private const int LoopWindow = 64;

    /// <summary>Fires activations until none is left.</summary>
    /// <returns>The number of rules fired.</returns>
    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    /// <summary>
    /// Fires activations in agenda order until none is left. Reaching <paramref name="maxFirings"/> with
    /// activations still pending throws <see cref="FiringLimitExceededException"/> naming the rules that kept firing.
    /// </summary>
    /// <param name="maxFirings">The most firings allowed.</param>
    /// <param name="cancellationToken">Checked before each firing.</param>
    /// <returns>The number of rules fired.</returns>
    public int Fire(int maxFirings, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxFirings);
        recorder?.Record(TraceOperationKind.Fire, maxFirings, null);
        EnsureStarted();
        Settle();
        var recent = new TerminalNode[LoopWindow];
        var fired = 0;
        while (Agenda.Count > 0)
        {
            if (fired >= maxFirings)
            {
                throw new FiringLimitExceededException(maxFirings, Agenda.Count, LoopRules(recent, fired));
            }

            cancellationToken.ThrowIfCancellationRequested();
            var token = Agenda.Pop();
            var terminal = (TerminalNode)token.Bucket!.Node;
            recent[fired % LoopWindow] = terminal;
            fired++;
            RunAction(terminal, token);
            Settle();
        }

        return fired;
    }

    internal void ReleaseJustifications(Token token)
    {
        if (token.Justified is not { } justified)
        {
            return;
        }

        foreach (var handle in justified)
        {
            if (--handle.Justifications == 0 && !handle.Stated && !handle.Retracted)
            {
                unjustified.Enqueue(handle);
            }
        }

        token.Justified = null;
    }

    private void RunAction(TerminalNode terminal, Token token)
    {
        Events.RaiseActivation(ActivationEventKind.Firing, terminal, token);
        firing = terminal;
        context.Enter(terminal, token);
        try
        {
            terminal.Rule.Action!(context);
        }
        catch (Exception ex) when (ex is not FiringLimitExceededException and not OperationCanceledException)
        {
            throw new RuleActionException(terminal.Rule.Name, ex);
        }
        finally
        {
            context.Leave();
            firing = null;
        }

        if (!token.Dead)
        {
            Events.RaiseActivation(ActivationEventKind.Fired, terminal, token);
        }
    }

    private static void Justify(FactHandle handle, Token justifier)
    {
        handle.Justifications++;
        (justifier.Justified ??= []).Add(handle);
    }

    /// <summary>Retracts derived facts that lost their last justification, transitively.</summary>
    private void Settle()
    {
        while (unjustified.TryDequeue(out var handle))
        {
            if (handle.Justifications == 0 && !handle.Stated && !handle.Retracted)
            {
                Remove(handle);
            }
        }
    }

    private static IReadOnlyList<string> LoopRules(TerminalNode[] recent, int fired)
    {
        var window = recent.Take(Math.Min(fired, LoopWindow)).Where(t => t is not null);
        return [.. window.GroupBy(t => t.Rule.Name)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().DeclarationOrder)
            .Select(g => g.Key)];
    }
}
