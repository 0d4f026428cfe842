using System.Runtime.InteropServices;

namespace RubricEngine.Cli.BatchRun;

/// <summary>
/// Ctrl-C (SIGINT) or a polite kill (SIGTERM, as schedulers and containers send) while a batch runs: the first
/// signal asks the batch to stop at the next dossier, so the command can clean up and print what was done; a
/// second one ends the process at once. A process started with SIGINT ignored (a shell's background job,
/// <c>nohup</c>) keeps ignoring it, as Unix programs do: the runtime installs no handler for it then.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode = ExitCodes.Interrupted;

    private Interruption() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];

    public CancellationToken Token => _source.Token;

    public bool Requested => _source.IsCancellationRequested;

    /// <summary>128 plus the number of the signal that stopped the batch, as shells report it: 130 for SIGINT, 143 for SIGTERM.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    public static Interruption Listen() => new();

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return; // the second signal: its default action ends the process
        }

        context.Cancel = true;
        Volatile.Write(ref _exitCode, context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted);
        _source.Cancel();
    }
}
