using BenchmarkDotNet.Attributes;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Benchmarks;

/// <summary>Eligibility for a whole province (300,000 people in 1,500 alliances) and smaller sizes, to see how it grows.</summary>
[MemoryDiagnoser]
public class ProvinceEligibility
{
    SyntheticWorld _world = null!;
    readonly RotationPolicy _policy = RotationPolicyPresets.Find("wolong")!;

    [Params(30_000, 100_000, 300_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup() => _world = SyntheticWorld.Build(alliances: People / 200, People, "fused");

    [Benchmark]
    public int Decide() => _world.Decide(_policy).Count(d => d.Status == EligibilityStatus.MustRotate);
}

/// <summary>A county's rotation plan (eligibility included) at 1,250, 5,000 and 20,000 people, with and without Wolong's team rules.</summary>
[MemoryDiagnoser]
public class CountyPlan
{
    SyntheticWorld _world = null!;
    RotationPolicy _policy = null!;

    [Params(1_250, 5_000, 20_000)]
    public int People { get; set; }

    /// <summary>xishui: fused alliances, national targets; wolong: close-knit groups with mandated teams and returns in kind.</summary>
    [Params("xishui", "wolong")]
    public string Preset { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _policy = RotationPolicyPresets.Find(Preset)!;
        _world = SyntheticWorld.Build(alliances: Math.Max(1, People / 240), People, Preset == "wolong" ? "close-knit-group" : "fused");
    }

    [Benchmark]
    public int Plan() => _world.Plan(_policy).Moves.Count;
}
