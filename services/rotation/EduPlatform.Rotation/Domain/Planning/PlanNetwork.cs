using EduPlatform.Optimization;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>
/// Where a move lands: a receiving campus and the kind of post — a cadre post ("management", "principal"), a teaching
/// post of a stage and subject (and grade band, for the primary team), or an itinerant timetable (the teacher keeps the home post).
/// </summary>
public sealed record Post(Guid SchoolId, string Kind, string Stage, Subject? Subject, GradeBand? Band = null)
{
    public const string Management = "management", Principal = "principal", Teaching = "teaching", Itinerant = "itinerant";
}

/// <summary>
/// One flow network of the planner: source → (targets) → sender → receiving post → (matching person sent back, or a
/// campus need) → (team requirement) → sink. A unit of flow is one move, with its return when the post needs one.
/// </summary>
sealed class PlanNetwork
{
    public const int Source = 0, Sink = 1;

    readonly MinCostFlow _flow = new(2);
    readonly Dictionary<object, int> _nodes = [];
    readonly List<(int Arc, PlanCandidate Person, Post Post)> _sends = [];
    readonly List<(int Arc, PlanCandidate Person, Post Post)> _returns = [];
    readonly List<(int Arc, Post Post)> _needs = [];

    public int Node(object key)
    {
        if (!_nodes.TryGetValue(key, out var id))
        {
            id = _flow.AddNode();
            _nodes[key] = id;
        }

        return id;
    }

    public bool Has(object key) => _nodes.ContainsKey(key);

    public int Arc(int from, int to, long capacity, long cost) => _flow.AddArc(from, to, capacity, cost);

    public void Send(int from, PlanCandidate person, Post post, long cost) =>
        _sends.Add((_flow.AddArc(from, Node(post), 1, cost), person, post));

    public void Return(Post post, PlanCandidate person, int personNode) =>
        _returns.Add((_flow.AddArc(Node(post), personNode, 1, 0), person, post));

    public void Need(Post post, int to, int count, long cost = 0) => _needs.Add((_flow.AddArc(Node(post), to, count, cost), post));

    public int Arcs => _flow.Arcs;

    public void Solve() => _flow.Solve(Source, Sink);

    /// <summary>The moves the flow chose: each sender with the person sent back on the same post, or with a need filled.</summary>
    public IReadOnlyList<(PlanCandidate Sender, Post Post, PlanCandidate? Returner)> Moves()
    {
        var returns = _returns.Where(r => _flow.FlowOn(r.Arc) > 0).ToLookup(r => r.Post, r => r.Person);
        var cursor = new Dictionary<Post, int>();
        var moves = new List<(PlanCandidate, Post, PlanCandidate?)>();
        foreach (var (arc, person, post) in _sends.Where(s => _flow.FlowOn(s.Arc) > 0))
        {
            var taken = cursor.GetValueOrDefault(post);
            var back = returns[post].ElementAtOrDefault(taken);
            cursor[post] = taken + 1;
            moves.Add((person, post, back));
        }

        return moves;
    }
}
