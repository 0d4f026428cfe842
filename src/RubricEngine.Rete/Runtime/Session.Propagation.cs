using System.Runtime.CompilerServices;

namespace RubricEngine.Rete;

/// <summary>The internal operations the network and the rule context use.</summary>
public sealed partial class Session
{
    internal object MemoryOf(BetaNode node) => memories[node.MemoryIndex] ??= node.CreateMemory();

    internal object? ExistingMemory(BetaNode node) => memories[node.MemoryIndex];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CountNode(int nodeId, bool matched)
    {
        if (counters is not null)
        {
            counters[nodeId * 3]++;
            if (matched)
            {
                counters[(nodeId * 3) + 1]++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CountMemory(int nodeId, int delta)
    {
        if (counters is not null)
        {
            counters[(nodeId * 3) + 2] += delta;
        }
    }

    /// <summary>Makes a child token of <paramref name="parent"/> and hands it to the producer's child node.</summary>
    internal Token Emit(BetaNode producer, Token? parent, FactHandle? element)
    {
        var token = new Token(parent, element);
        parent?.AddChild(token);
        if (element is not null)
        {
            token.LinkToFact();
        }

        producer.Child!.LeftActivate(this, token);
        return token;
    }

    /// <summary>Deletes a token and, first, every token built on it.</summary>
    internal void DeleteToken(Token token)
    {
        while (token.FirstChild is { } child)
        {
            DeleteToken(child);
        }

        token.Parent?.RemoveChild(token);
        if (token.Element is not null)
        {
            token.UnlinkFromFact();
        }

        token.Bucket?.Node.LeftRetract(this, token);
    }

    internal bool InsertCore(object fact, Token? justifier, bool throwIfPresent)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureStarted();
        if (facts.Find(fact, out var hash) is { } held)
        {
            if (justifier is not null)
            {
                Justify(held, justifier);
                return false;
            }

            if (!held.Stated)
            {
                // A stated insert of a derived fact makes it independent of its justifications.
                held.Stated = true;
                return true;
            }

            return throwIfPresent ? throw new InvalidOperationException($"The fact '{fact}' is already in the session.") : false;
        }

        var handle = new FactHandle(fact, ++nextFactId) { Stated = justifier is null };
        facts.Add(handle, hash);
        if (justifier is not null)
        {
            Justify(handle, justifier);
        }

        // Fact events come before their consequences, so a trace reads cause then effect.
        Events.RaiseFact(FactEventKind.Inserted, handle, null, firing?.Rule.Name);
        Assert(handle);
        return true;
    }

    internal bool InsertFromRule(object fact, Token? justifier, bool throwIfPresent)
        => (justifier is null || !justifier.Dead) && InsertCore(fact, justifier, throwIfPresent);

    internal void UpdateCore(object oldFact, object newFact)
    {
        ArgumentNullException.ThrowIfNull(oldFact);
        ArgumentNullException.ThrowIfNull(newFact);
        EnsureStarted();
        var handle = facts.Find(oldFact) ?? throw new InvalidOperationException($"The fact '{oldFact}' is not in the session.");
        if (!Equals(oldFact, newFact) && facts.Find(newFact) is not null)
        {
            throw new InvalidOperationException($"The fact '{newFact}' is already in the session.");
        }

        var previous = handle.Fact;
        Events.RaiseFact(FactEventKind.Updated, handle, previous, firing?.Rule.Name, newFact);
        Unassert(handle);
        facts.Remove(handle);
        handle.Fact = newFact;
        facts.Add(handle);
        Assert(handle);
    }

    internal bool RetractCore(object fact, bool throwIfAbsent)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureStarted();
        if (facts.Find(fact) is not { } handle)
        {
            return throwIfAbsent ? throw new InvalidOperationException($"The fact '{fact}' is not in the session.") : false;
        }

        Remove(handle);
        return true;
    }

    private void Remove(FactHandle handle)
    {
        handle.Retracted = true;
        Events.RaiseFact(FactEventKind.Retracted, handle, null, firing?.Rule.Name);
        Unassert(handle);
        facts.Remove(handle);
    }

    private void Assert(FactHandle handle)
    {
        var type = handle.Fact.GetType();
        if (type != lastType)
        {
            // Facts mostly arrive in runs of one type; this skips the shared concurrent lookup.
            lastTypeNodes = network.TypeNodesFor(type);
            lastType = type;
        }

        var typeNodes = lastTypeNodes!;
        for (var i = 0; i < typeNodes.Length; i++)
        {
            typeNodes[i].Activate(this, handle);
        }
    }

    /// <summary>Removes a fact from the network: first every token holding it, then it from right memories.</summary>
    private void Unassert(FactHandle handle)
    {
        handle.Leaving = true;
        while (handle.FirstToken is { } token)
        {
            DeleteToken(token);
        }

        switch (handle.AlphaMemories)
        {
            case AlphaMemory memory:
                memory.Retract(this, handle);
                break;
            case List<AlphaMemory> list:
                foreach (var memory in list)
                {
                    memory.Retract(this, handle);
                }

                break;
        }

        handle.AlphaMemories = null;
        handle.Leaving = false;
    }

    /// <summary>Propagates the implicit root token into rules that start with not, exists or an aggregate.</summary>
    private void EnsureStarted()
    {
        if (started)
        {
            return;
        }

        started = true;
        foreach (var node in network.RootedNodes)
        {
            node.LeftActivate(this, new Token(null, null));
        }
    }
}
