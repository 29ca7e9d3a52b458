namespace EduPlatform.Tests;

/// <summary>
/// A county code of its own for every test run: queues outlive the processes of one test, so a previous run's late
/// events must not land in this run's county.
/// </summary>
static class Counties
{
    public static string Fresh() => $"9{Random.Shared.Next(0, 100_000):D5}";
}
