namespace RubricEngine.Rete;

/// <summary>
/// Not (when <paramref name="negated"/>) or exists: keeps, per left token, the number of right facts that
/// match it, and emits one token with a null entry while that number is zero (not) or positive (exists).
/// </summary>
internal sealed class ExistsNode(BetaIndex index, JoinTest[] tests, bool negated) : BetaNode(index, tests)
{
    public bool Negated { get; } = negated;

    public override string Kind => Negated ? "Not" : "Exists";

    public override void LeftActivate(Session session, Token token)
    {
        var partners = Index.AddLeft(session.MemoryOf(this), token);
        var count = 0;
        if (partners is not null)
        {
            for (var i = 0; i < partners.Count; i++)
            {
                var fact = partners[i];
                if (Passes(session, token, fact))
                {
                    count++;
                }
            }
        }

        token.Count = count;
        if ((count == 0) == Negated)
        {
            session.Emit(this, token, null);
        }
    }

    public override void RightActivate(Session session, FactHandle fact)
    {
        var partners = Index.AddRight(session.MemoryOf(this), fact);
        if (partners is null)
        {
            return;
        }

        for (var i = 0; i < partners.Count; i++)
        {
            var token = partners[i];
            if (Passes(session, token, fact) && ++token.Count == 1)
            {
                Flip(session, token, holds: !Negated);
            }
        }
    }

    public override void RightRetract(Session session, FactHandle fact)
    {
        var partners = Index.RemoveRight(session.MemoryOf(this), fact);
        if (partners is null)
        {
            return;
        }

        for (var i = 0; i < partners.Count; i++)
        {
            var token = partners[i];
            if (Passes(session, token, fact) && --token.Count == 0)
            {
                Flip(session, token, holds: Negated);
            }
        }
    }

    private void Flip(Session session, Token token, bool holds)
    {
        if (holds)
        {
            session.Emit(this, token, null);
        }
        else if (token.FirstChild is not null)
        {
            session.DeleteToken(token.FirstChild);
        }
    }
}
