using EduPlatform.Messaging;
using EduPlatform.Persistence;

namespace EduPlatform.Benchmarks.Messaging;

/// <summary>
/// Four ways to move events over one broker, interleaved in one process run so each round meets the same machine:
/// (a) raw RabbitMQ.Client with pipelined confirms, (b) raw one confirm at a time, (c) MassTransit tuned without an
/// outbox, (d) the suite from outbox write to committed effect; each as a burst and as a paced stream. Then a county's
/// roster import through the real API until every consumer has applied it. Prints every figure, the spread over the
/// rounds and the ratios of (d) to (a) and (c).
/// </summary>
public static class MessagingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var broker = Environment.GetEnvironmentVariable("EDUPLATFORM_RABBITMQ") ?? "amqp://guest:guest@localhost:5672/";
        int Arg(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback);
        var burst = Arg("--events", 20_000);
        var rounds = Arg("--rounds", 3);
        var pacedRate = Arg("--rate", 1_000);
        var pacedSeconds = Arg("--paced-seconds", 5);
        var schools = Arg("--schools", 5_000);
        var perTransaction = Arg("--per-transaction", 100);
        var paths = args.SkipWhile(a => a != "--paths").Skip(1).FirstOrDefault("abcdi"); // a subset for a quick look, e.g. "d"

        // A SchoolRegistered's payload is about 500 characters; the bench event is padded to match, and the raw paths
        // send bodies the size of the suite's whole envelope.
        var padding = new string('x', 420);
        var bodySize = OutboxEnvelope.Write(new OutboxMessage
        {
            MessageId = Guid.NewGuid(), MessageType = typeof(BenchEventHappened).FullName!, CountyCode = "421125",
            Payload = System.Text.Json.JsonSerializer.Serialize(new BenchEventHappened
            {
                EventId = Guid.NewGuid(), CountyCode = "421125", OccurredAt = DateTimeOffset.UtcNow, Index = 0, WrittenAt = 0, Padding = padding,
            }, EventJson.Options),
        }, "rabbitmq://localhost/EduPlatform.Benchmarks.Messaging:BenchEventHappened", DateTime.UtcNow).Length;

        Console.WriteLine($"broker {broker}; burst {burst}, paced {pacedRate}/s for {pacedSeconds} s, {rounds} rounds; "
            + $"envelope {bodySize} bytes; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        var paced = pacedRate * pacedSeconds;
        Console.WriteLine($"one event in its own transaction (outbox row, commit, synchronous=FULL): {await SuitePath.TransactionCostAsync(3_000, padding):F3} ms; "
            + $"{schools} events in one transaction (as an import of {schools} schools writes them): {await SuitePath.BulkWriteAsync(schools, padding) * 1000:F0} ms");
        var results = new List<Result>();
        var imports = new List<ImportPath.ImportResult>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var rate in new int?[] { null, pacedRate })
            {
                var n = rate is null ? burst : paced;
                var before = results.Count;
                if (paths.Contains('a')) results.Add(await RawPaths.RunAsync(broker, n, rate, bodySize, window: 256));
                // One confirm at a time takes a burst of 20,000 in about 20 s; a fifth of it shows the rate.
                if (paths.Contains('b')) results.Add(await RawPaths.RunAsync(broker, rate is null ? Math.Max(1_000, n / 5) : n, rate, bodySize, window: null));
                if (paths.Contains('c')) results.Add(await MassTransitPath.RunAsync(broker, n, rate, padding));
                if (paths.Contains('d')) results.Add(await SuitePath.RunAsync(broker, n, rate, perTransaction, padding));
                foreach (var r in results.Skip(before))
                {
                    Console.WriteLine($"round {round}: {r.Path,-78} {r.Mode,-8} {r.Events,6} {r.Seconds,7:F2} s {r.PerSecond,7:F0}/s p50 {r.P50Ms,8:F2} p99 {r.P99Ms,8:F2} max {r.MaxMs,8:F1} ms");
                }
            }

            if (!paths.Contains('i'))
            {
                continue;
            }

            imports.Add(await ImportPath.RunAsync(broker, schools));
            var last = imports[^1];
            Console.WriteLine($"round {round}: import of {last.Schools} schools committed in {last.ImportSeconds:F2} s; every consumer applied all of them {last.AppliedSeconds:F2} s after the commit ({last.EachConsumer})");
        }

        Console.WriteLine();
        Console.WriteLine("| path | mode | events | events/s (median; range) | p50 ms | p99 ms (median; range) |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var group in results.GroupBy(r => (r.Path, r.Mode)))
        {
            var rates = group.Select(r => r.PerSecond).Order().ToList();
            var p99 = group.Select(r => r.P99Ms).Order().ToList();
            Console.WriteLine($"| {group.Key.Path} | {group.Key.Mode} | {group.First().Events} | {Median(rates):F0} ({rates[0]:F0}–{rates[^1]:F0}) | "
                + $"{Median(group.Select(r => r.P50Ms).Order().ToList()):F2} | {Median(p99):F2} ({p99[0]:F2}–{p99[^1]:F2}) |");
        }

        Console.WriteLine();
        for (var round = 0; round < rounds && paths.StartsWith("abcd", StringComparison.Ordinal); round++)
        {
            var inRound = results.Skip(round * 8).Take(8).ToList();
            var (a, c, d) = (inRound[0], inRound[2], inRound[3]);
            Console.WriteLine($"round {round + 1}, burst: (d)/(a) = {d.PerSecond / a.PerSecond:F2}, (d)/(c) = {d.PerSecond / c.PerSecond:F2}; "
                + $"paced {pacedRate}/s: (d) p99 {inRound[7].P99Ms:F1} ms against (a) {inRound[4].P99Ms:F1} ms and (c) {inRound[6].P99Ms:F1} ms");
        }

        if (imports.Count == 0)
        {
            return;
        }

        var applied = imports.Select(i => i.AppliedSeconds).Order().ToList();
        Console.WriteLine($"import of {schools} schools: applied by every consumer {Median(applied):F2} s after its commit (range {applied[0]:F2}–{applied[^1]:F2}); "
            + $"the import itself took {Median(imports.Select(i => i.ImportSeconds).Order().ToList()):F2} s");
    }

    static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
