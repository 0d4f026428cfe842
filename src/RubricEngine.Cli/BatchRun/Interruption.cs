namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// Ctrl-C (SIGINT) while a batch runs: the first press asks the batch to stop at the next dossier, so the
/// command can clean up and print what was done; a second press ends the process at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    private Interruption() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => _source.Token;

    public bool Requested => _source.IsCancellationRequested;

    public static Interruption Listen() => new();

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = !_source.IsCancellationRequested;
        _source.Cancel();
    }
}
