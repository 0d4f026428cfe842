namespace RubricEngine.Rete;

/// <summary>
/// Pending activations in a binary heap. Order: higher salience first; then earlier rule declaration;
/// then the match's facts compared element by element by insertion sequence, earlier first. The last key
/// depends only on the relative order of the facts in the two matches, never on unrelated facts or on
/// the order in which the network happened to produce the activations.
/// </summary>
internal sealed class Agenda
{
    private const int SequenceBits = 40;

    private Token[] heap = new Token[16];

    public int Count { get; private set; }

    public void Add(Token token)
    {
        token.AgendaKey = KeyOf(token);
        if (Count == heap.Length)
        {
            Array.Resize(ref heap, Count * 2);
        }

        heap[Count] = token;
        token.HeapIndex = Count;
        Count++;
        SiftUp(token.HeapIndex);
    }

    public Token Pop()
    {
        var top = heap[0];
        RemoveAt(0);
        return top;
    }

    public void Remove(Token token) => RemoveAt(token.HeapIndex);

    public static int Compare(Token a, Token b)
    {
        if (a.AgendaKey != b.AgendaKey)
        {
            return a.AgendaKey < b.AgendaKey ? -1 : 1;
        }

        var rankA = ((TerminalNode)a.Bucket!.Node).Rank;
        var rankB = ((TerminalNode)b.Bucket!.Node).Rank;
        return rankA != rankB ? rankA.CompareTo(rankB) : CompareEntries(a, b);
    }

    /// <summary>Rank in the high bits, the first entry's sequence (capped) in the low bits: orders like <see cref="Compare"/>.</summary>
    public static long KeyOf(Token token)
    {
        var first = token;
        while (first.Parent is { } parent)
        {
            first = parent;
        }

        var sequence = Math.Min(first.Element?.Id ?? 0, (1L << SequenceBits) - 1);
        return ((long)((TerminalNode)token.Bucket!.Node).Rank << SequenceBits) | sequence;
    }

    private static int CompareEntries(Token? a, Token? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        var byParent = CompareEntries(a.Parent, b.Parent);
        return byParent != 0 ? byParent : (a.Element?.Id ?? 0).CompareTo(b.Element?.Id ?? 0);
    }

    private void RemoveAt(int index)
    {
        var removed = heap[index];
        removed.HeapIndex = -1;
        Count--;
        if (index == Count)
        {
            heap[Count] = null!;
            return;
        }

        var last = heap[Count];
        heap[Count] = null!;
        heap[index] = last;
        last.HeapIndex = index;
        SiftUp(index);
        SiftDown(last.HeapIndex);
    }

    private void SiftUp(int index)
    {
        var item = heap[index];
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (Compare(item, heap[parent]) >= 0)
            {
                break;
            }

            Place(heap[parent], index);
            index = parent;
        }

        Place(item, index);
    }

    private void SiftDown(int index)
    {
        var item = heap[index];
        while (true)
        {
            var child = (2 * index) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Compare(heap[child + 1], heap[child]) < 0)
            {
                child++;
            }

            if (Compare(heap[child], item) >= 0)
            {
                break;
            }

            Place(heap[child], index);
            index = child;
        }

        Place(item, index);
    }

    private void Place(Token token, int index)
    {
        heap[index] = token;
        token.HeapIndex = index;
    }
}
