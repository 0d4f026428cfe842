namespace RubricEngine.Rete;

/// <summary>A positive pattern: emits one token per (left token, right fact) pair that passes.</summary>
internal sealed class JoinNode(BetaIndex index, JoinTest[] tests) : BetaNode(index, tests)
{
    public override string Kind => Parent is null ? "Pattern" : "Join";

    public override void LeftActivate(Session session, Token token)
    {
        var partners = Index.AddLeft(session.MemoryOf(this), token);
        if (partners is null)
        {
            return;
        }

        for (var i = 0; i < partners.Count; i++)
        {
            var fact = partners[i];

            // A fact on its way out may still sit in this memory; a pair with it would outlive it.
            if (!fact.Leaving && Passes(session, token, fact))
            {
                session.Emit(this, token, fact);
            }
        }
    }

    public override void RightActivate(Session session, FactHandle fact)
    {
        if (Parent is null)
        {
            // First element of its rule: the only left token is the implicit root, so no memory is kept.
            session.CountNode(Id, true);
            session.Emit(this, null, fact);
            return;
        }

        var partners = Index.AddRight(session.MemoryOf(this), fact);
        if (partners is null)
        {
            return;
        }

        for (var i = 0; i < partners.Count; i++)
        {
            var token = partners[i];
            if (Passes(session, token, fact))
            {
                session.Emit(this, token, fact);
            }
        }
    }

    public override void RightRetract(Session session, FactHandle fact)
    {
        // Tokens holding the fact were deleted through its token list before this call.
        if (Parent is not null)
        {
            Index.RemoveRight(session.MemoryOf(this), fact);
        }
    }

    public override long MemorySize(object memory) => Parent is null ? 0 : base.MemorySize(memory);
}
