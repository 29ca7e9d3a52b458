namespace EduPlatform.Optimization;

/// <summary>
/// Minimum-cost flow by successive shortest paths (Bellman–Ford queue, so arcs may cost less than zero as long as
/// the network has no negative cycle — rotation and zoning networks are layered and acyclic). <see cref="Solve"/> pushes flow
/// only along paths that lower the total cost, up to a limit: a target given as a large negative cost on a capped
/// arc is met whenever the other constraints allow it, and otherwise the shortfall is visible in the flow.
/// </summary>
public sealed class MinCostFlow
{
    readonly List<Arc> _arcs = [];
    readonly List<List<int>> _out = [];

    public MinCostFlow(int nodes)
    {
        for (var i = 0; i < nodes; i++)
        {
            AddNode();
        }
    }

    sealed class Arc(int to, long capacity, long cost)
    {
        public int To { get; } = to;
        public long Capacity { get; set; } = capacity;
        public long Cost { get; } = cost;
        public long Flow { get; set; }
    }

    public int Nodes => _out.Count;

    public int Arcs => _arcs.Count / 2;

    /// <summary>Adds a node and returns its id.</summary>
    public int AddNode()
    {
        _out.Add([]);
        return _out.Count - 1;
    }

    /// <summary>Adds an arc and returns its id, for reading its flow after solving.</summary>
    public int AddArc(int from, int to, long capacity, long cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var id = _arcs.Count;
        _arcs.Add(new Arc(to, capacity, cost));
        _out[from].Add(id);
        _arcs.Add(new Arc(from, 0, -cost));
        _out[to].Add(id + 1);
        return id;
    }

    public long FlowOn(int arc) => _arcs[arc].Flow;

    /// <summary>
    /// Sends flow from <paramref name="source"/> to <paramref name="sink"/> while a path of negative total cost exists
    /// (or any path when <paramref name="onlyImproving"/> is false), up to <paramref name="maxFlow"/>.
    /// </summary>
    public (long Flow, long Cost) Solve(int source, int sink, long maxFlow = long.MaxValue, bool onlyImproving = true)
    {
        long flow = 0, cost = 0;
        var distance = new long[Nodes];
        var via = new int[Nodes];
        var queued = new bool[Nodes];
        while (flow < maxFlow)
        {
            Array.Fill(distance, long.MaxValue);
            Array.Fill(via, -1);
            distance[source] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(source);
            queued[source] = true;
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                queued[node] = false;
                foreach (var id in _out[node])
                {
                    var arc = _arcs[id];
                    if (arc.Capacity - arc.Flow <= 0 || distance[node] + arc.Cost >= distance[arc.To])
                    {
                        continue;
                    }

                    distance[arc.To] = distance[node] + arc.Cost;
                    via[arc.To] = id;
                    if (!queued[arc.To])
                    {
                        queued[arc.To] = true;
                        queue.Enqueue(arc.To);
                    }
                }
            }

            if (distance[sink] == long.MaxValue || (onlyImproving && distance[sink] >= 0))
            {
                break;
            }

            var push = maxFlow - flow;
            for (var node = sink; node != source; node = _arcs[via[node] ^ 1].To)
            {
                var arc = _arcs[via[node]];
                push = Math.Min(push, arc.Capacity - arc.Flow);
            }

            for (var node = sink; node != source; node = _arcs[via[node] ^ 1].To)
            {
                _arcs[via[node]].Flow += push;
                _arcs[via[node] ^ 1].Flow -= push;
            }

            flow += push;
            cost += push * distance[sink];
        }

        return (flow, cost);
    }
}
