using System.Buffers;

namespace RubricEngine.Benchmarks.EndToEnd;

/// <summary>
/// The hand-written end-to-end pipeline that <c>rubric screen --format jsonl</c> is measured against: it reads a
/// Yeda JSON Lines file with System.Text.Json, decides each dossier by hand and writes the engine's decision bytes,
/// one per line, in input order. Blocks of the file are read on the calling thread, their lines decided in
/// parallel slices (one per thread), and the slices written in order.
/// </summary>
public static class HandWrittenPipeline
{
    private const int BlockBytes = 16 << 20;

    /// <summary>Screens <paramref name="input"/> into <paramref name="output"/>; returns the number of dossiers.</summary>
    public static long Run(string input, string output, int threads, string rubricHash)
    {
        using var source = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var target = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var slices = Enumerable.Range(0, threads).Select(_ => new Slice(rubricHash)).ToArray();
        var block = new byte[BlockBytes];
        var filled = 0;
        long dossiers = 0;
        while (true)
        {
            var read = source.Read(block, filled, block.Length - filled);
            filled += read;
            var end = read == 0 ? filled : block.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end <= 0)
            {
                if (read == 0)
                {
                    break;
                }

                Array.Resize(ref block, block.Length * 2); // a line longer than the block
                continue;
            }

            var lines = Lines(block.AsMemory(0, end));
            dossiers += lines.Count;
            var per = (lines.Count + threads - 1) / threads;
            if (threads == 1)
            {
                slices[0].Decide(lines, 0, lines.Count);
            }
            else
            {
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads },
                    t => slices[t].Decide(lines, Math.Min(t * per, lines.Count), Math.Min((t + 1) * per, lines.Count)));
            }

            foreach (var slice in slices)
            {
                target.Write(slice.Output.WrittenSpan);
            }

            block.AsSpan(end, filled - end).CopyTo(block);
            filled -= end;
            if (read == 0)
            {
                break;
            }
        }

        foreach (var slice in slices)
        {
            slice.Dispose();
        }

        return dossiers;
    }

    private static List<ReadOnlyMemory<byte>> Lines(ReadOnlyMemory<byte> text)
    {
        var lines = new List<ReadOnlyMemory<byte>>(4096);
        while (!text.IsEmpty)
        {
            var at = text.Span.IndexOf((byte)'\n');
            var line = at < 0 ? text : text[..at];
            text = at < 0 ? ReadOnlyMemory<byte>.Empty : text[(at + 1)..];
            if (!line.Span.Trim((byte)' ').IsEmpty)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>One thread's share of a block: its own panel, writer and output buffer, reused block after block.</summary>
    private sealed class Slice(string rubricHash) : IDisposable
    {
        private readonly YedaPanel _panel = new();
        private readonly YedaDecisionWriter _writer = new(rubricHash);

        public ArrayBufferWriter<byte> Output { get; } = new(1 << 20);

        public void Dispose() => _writer.Dispose();

        public void Decide(List<ReadOnlyMemory<byte>> lines, int from, int to)
        {
            Output.ResetWrittenCount();
            for (var i = from; i < to; i++)
            {
                _panel.Read(lines[i].Span);
                _writer.Write(_panel, Output);
                Output.GetSpan(1)[0] = (byte)'\n';
                Output.Advance(1);
            }
        }
    }
}
