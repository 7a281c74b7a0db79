namespace ReportGen.Tests.Support;

/// <summary>
/// Runs a test's work with a generous bound, so that a hang or a quadratic blow-up on hostile input fails
/// the test instead of stalling CI. Not a performance target (those live in bench/): before the fixes it
/// guards, 150,000 keys took 232 s.
/// </summary>
public static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static Task<T> Run<T>(Func<T> work) => Task.Run(work).WaitAsync(Limit);

    public static Task<T> Run<T>(Func<Task<T>> work) => Task.Run(work).WaitAsync(Limit);
}
