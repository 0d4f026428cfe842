namespace RubricEngine.Records.Tests.Support;

/// <summary>
/// A test class whose tests make temporary folders: xunit makes one instance per test and disposes it when the test
/// ends, so the folders that test made through <see cref="TestFolders.New"/> are removed then, not left for the exit
/// handler, which the test runner may stop before it has removed everything.
/// </summary>
public abstract class RemovesItsFolders : IDisposable
{
    private readonly TestFolders.Scope _scope = TestFolders.BeginTest();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _scope.Dispose();
        }
    }
}
