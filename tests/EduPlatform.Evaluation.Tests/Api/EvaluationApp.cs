namespace EduPlatform.Evaluation.Tests.Api;

/// <summary>The evaluation host in memory on the MassTransit harness; tests play the organization and rotation services by publishing their events.</summary>
public sealed class EvaluationApp() : HarnessApp<Program>("evaluation")
{
    static int _nextCounty = 10;

    public static string NewCountyCode() => $"4700{Interlocked.Increment(ref _nextCounty):D2}";
}
