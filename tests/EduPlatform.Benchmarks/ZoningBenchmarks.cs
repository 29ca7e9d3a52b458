using BenchmarkDotNet.Attributes;
using EduPlatform.Zoning.Domain.Planning;

namespace EduPlatform.Benchmarks;

/// <summary>Drawing single-school zones: a county town (12 schools, 500 units) and a county (60 schools, 3,000 units).</summary>
[MemoryDiagnoser]
public class ZonePlanning
{
    SyntheticTown _town = null!;

    [Params("12 schools / 500 units", "60 schools / 3000 units")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _town = Size.StartsWith("12 ", StringComparison.Ordinal) ? SyntheticTown.Build(12, 500) : SyntheticTown.Build(60, 3000);

    [Benchmark]
    public int Plan() => ZonePlanner.Plan(_town.Units, _town.Schools, new ZoneRules()).Shortage;
}
