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
        if (firing is not null)
        {
            throw new InvalidOperationException($"Fire was called from the action of rule '{firing.Rule.Name}'; actions only change facts.");
        }

        recorder?.Record(TraceOperationKind.Fire, maxFirings, null);
        EnsureStarted();
        Settle();
        TerminalNode[]? recent = null;
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
            if (fired >= maxFirings - LoopWindow)
            {
                // Only the last firings before the bound can name a loop; most sessions never get here.
                (recent ??= new TerminalNode[LoopWindow])[fired % LoopWindow] = terminal;
            }

            fired++;
            RunAction(terminal, token);
            Settle();
        }

        return fired;
    }

    internal void ReleaseJustifications(Token token)
    {
        switch (token.State)
        {
            case FactHandle single:
                Unjustify(single);
                break;
            case List<FactHandle> many:
                foreach (var handle in many)
                {
                    Unjustify(handle);
                }

                break;
        }

        token.State = null;
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

        // Raised even when the action retracted its own premises: the match is still readable.
        Events.RaiseActivation(ActivationEventKind.Fired, terminal, token);
    }

    /// <summary>Records the justification on both sides; one fact is kept without a list (the common case).</summary>
    private static void Justify(FactHandle handle, Token justifier)
    {
        handle.Justifications++;
        switch (justifier.State)
        {
            case null:
                justifier.State = handle;
                break;
            case FactHandle first:
                justifier.State = new List<FactHandle> { first, handle };
                break;
            case List<FactHandle> many:
                many.Add(handle);
                break;
        }
    }

    private void Unjustify(FactHandle handle)
    {
        if (--handle.Justifications == 0 && !handle.Stated && !handle.Retracted)
        {
            unjustified.Enqueue(handle);
        }
    }

    internal void DeferAggregate(AggregateNode node, Token token, AggregateGroup group) => deferredAggregates.Enqueue((node, token, group));

    /// <summary>
    /// Ends an operation: brings changed aggregates up to date and retracts derived facts that lost their
    /// last justification, until neither has work left (each can cause the other, transitively).
    /// </summary>
    private void Settle()
    {
        while (true)
        {
            if (deferredAggregates.TryDequeue(out var deferred))
            {
                deferred.Node.Flush(this, deferred.Token, deferred.Group);
            }
            else if (unjustified.TryDequeue(out var handle))
            {
                if (handle.Justifications == 0 && !handle.Stated && !handle.Retracted)
                {
                    Remove(handle);
                }
            }
            else
            {
                return;
            }
        }
    }

    private static IReadOnlyList<string> LoopRules(TerminalNode[]? recent, int fired)
    {
        var window = (recent ?? []).Take(Math.Min(fired, LoopWindow)).Where(t => t is not null);
        return [.. window.GroupBy(t => t.Rule.Name)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().DeclarationOrder)
            .Select(g => g.Key)];
    }
}
