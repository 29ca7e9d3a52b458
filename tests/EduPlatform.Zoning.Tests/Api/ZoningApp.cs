namespace EduPlatform.Zoning.Tests.Api;

/// <summary>The zoning host in memory on the MassTransit harness; tests play the organization service by publishing its events.</summary>
public sealed class ZoningApp() : HarnessApp<Program>("zoning")
{
    static int _nextCounty = 10;

    public static string NewCountyCode() => $"4600{Interlocked.Increment(ref _nextCounty):D2}";
}
