using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using EduPlatform.Benchmarks;
using EduPlatform.Rotation.Domain;

// dotnet run -c Release --project tests/EduPlatform.Benchmarks -- --filter '*'     (BenchmarkDotNet; results under BenchmarkDotNet.Artifacts)
// dotnet run -c Release --project tests/EduPlatform.Benchmarks -- --figures        (what the plans contain at each size)
// dotnet run -c Release --project tests/EduPlatform.Benchmarks -- --lookup-load      (the public look-up against bare Kestrel, over HTTP)
// dotnet run -c Release --project tests/EduPlatform.Benchmarks -- --messaging [--events 20000 --rounds 3 --rate 1000 --schools 5000]   (needs RabbitMQ; EDUPLATFORM_RABBITMQ)
// dotnet run -c Release --project tests/EduPlatform.Benchmarks -- --formation [--seconds 20]   (alliance-formation proposals; the API's default time limits without --seconds)
if (args.Contains("--formation"))
{
    FormationBenchmark.Run(args);
    return;
}

if (args.Contains("--messaging"))
{
    await EduPlatform.Benchmarks.Messaging.MessagingBenchmark.RunAsync(args);
    return;
}

if (args.Contains("--bare-server"))
{
    await LookupLoad.RunBareServerAsync(args);
    return;
}

if (args.Contains("--lookup-load"))
{
    await LookupLoad.RunAsync();
    return;
}

if (args.Contains("--figures"))
{
    foreach (var (schools, units) in new[] { (12, 500), (60, 3000) })
    {
        var town = SyntheticTown.Build(schools, units);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var outcome = EduPlatform.Zoning.Domain.Planning.ZonePlanner.Plan(town.Units, town.Schools, new EduPlatform.Zoning.Domain.Planning.ZoneRules());
        Console.WriteLine($"zoning {schools} schools / {units} units: {town.Units.Sum(u => u.Entrants)} children, {town.Schools.Sum(s => s.Seats)} seats, "
            + $"shortage {outcome.Shortage} (no plan can do better than {outcome.ShortageLowerBound}: gap {outcome.ShortageGap}), "
            + $"non-contiguous {outcome.NonContiguousSchools.Count}, average {outcome.AverageDistanceMetres:F0} m, planned in {timer.Elapsed.TotalSeconds:F2} s");
    }

    foreach (var (people, preset) in new[] { (5_000, "xishui"), (5_000, "wolong") })
    {
        var world = SyntheticWorld.Build(Math.Max(1, people / 240), people, preset == "wolong" ? "close-knit-group" : "fused");
        var plan = world.Plan(RotationPolicyPresets.Find(preset)!);
        Console.WriteLine($"{preset} {world.People.Count} people: {plan.Moves.Count} moves, figures {plan.Figures}, shortfalls {plan.Shortfalls.Count}: "
            + string.Join("; ", plan.Shortfalls.Take(5).Select(s => $"{s.Target} {s.Scope} {s.Planned}/{s.Required}")));
    }

    return;
}

// In-process: no separate build of a generated project (the package feed here is a partial copy); few iterations,
// because one operation takes from milliseconds to seconds.
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(5).WithLaunchCount(1);
BenchmarkSwitcher.FromAssembly(typeof(CountyPlan).Assembly).Run(args, DefaultConfig.Instance.AddJob(job));
