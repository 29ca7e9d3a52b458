using EduPlatform.Optimization;

namespace EduPlatform.Platform.Tests.Optimization;

public sealed class MinCostFlowTests
{
    /// <summary>People 0..n-1 to posts 0..m-1, each once, with the given costs (null = not allowed).</summary>
    static (MinCostFlow Net, int[,] Arcs) Assignment(long?[,] costs)
    {
        int people = costs.GetLength(0), posts = costs.GetLength(1);
        var net = new MinCostFlow(people + posts + 2);
        int source = people + posts, sink = source + 1;
        var arcs = new int[people, posts];
        for (var p = 0; p < people; p++)
        {
            net.AddArc(source, p, 1, 0);
            for (var j = 0; j < posts; j++)
            {
                arcs[p, j] = costs[p, j] is { } c ? net.AddArc(p, people + j, 1, c) : -1;
            }
        }

        for (var j = 0; j < posts; j++)
        {
            net.AddArc(people + j, sink, 1, 0);
        }

        return (net, arcs);
    }

    [Fact]
    public void Finds_the_cheapest_assignment_not_the_greedy_one()
    {
        // Greedy takes person 0 → post 0 (cost -10) and leaves person 1 → post 1 (-1): -11.
        // The optimum is 0 → 1 (-9) and 1 → 0 (-8): -17.
        var (net, arcs) = Assignment(new long?[,] { { -10, -9 }, { -8, -1 } });

        var (flow, cost) = net.Solve(4, 5);

        Assert.Equal(2, flow);
        Assert.Equal(-17, cost);
        Assert.Equal(1, net.FlowOn(arcs[0, 1]));
        Assert.Equal(1, net.FlowOn(arcs[1, 0]));
    }

    [Fact]
    public void Only_improving_paths_are_taken_so_a_costly_move_is_left_out()
    {
        var (net, _) = Assignment(new long?[,] { { -5, null }, { null, 3 } });

        var (flow, cost) = net.Solve(4, 5);

        Assert.Equal(1, flow);
        Assert.Equal(-5, cost);
        Assert.Equal(2, net.Solve(4, 5, onlyImproving: false).Flow + flow);
    }

    [Fact]
    public void A_capped_bonus_arc_acts_as_a_target_and_its_shortfall_shows()
    {
        // Three people, two of them backbone; a target of 3 backbone moves can only reach 2.
        var net = new MinCostFlow(6);
        const int Source = 0, Backbone = 1, Other = 2, Post = 3, Sink = 4;
        var target = net.AddArc(Source, Backbone, 3, -1000); // the "at least 3 backbone" bonus
        net.AddArc(Source, Other, 1, -1);
        var backbonePeople = net.AddArc(Backbone, Post, 2, 0);
        net.AddArc(Other, Post, 1, 0);
        net.AddArc(Post, Sink, 10, 0);

        net.Solve(Source, Sink);

        Assert.Equal(2, net.FlowOn(target));
        Assert.Equal(1, 3 - net.FlowOn(target)); // the shortfall the plan reports
        Assert.Equal(2, net.FlowOn(backbonePeople));
    }

    [Fact]
    public void Capacities_bound_every_post()
    {
        var costs = new long?[6, 2];
        for (var p = 0; p < 6; p++) { costs[p, 0] = -2; costs[p, 1] = -1; }
        var net = new MinCostFlow(10);
        const int Source = 8, Sink = 9;
        for (var p = 0; p < 6; p++)
        {
            net.AddArc(Source, p, 1, 0);
            net.AddArc(p, 6, 1, costs[p, 0]!.Value);
            net.AddArc(p, 7, 1, costs[p, 1]!.Value);
        }

        var first = net.AddArc(6, Sink, 2, 0);
        var second = net.AddArc(7, Sink, 3, 0);

        var (flow, cost) = net.Solve(Source, Sink);

        Assert.Equal(5, flow);
        Assert.Equal(2, net.FlowOn(first));
        Assert.Equal(3, net.FlowOn(second));
        Assert.Equal(-7, cost);
    }
}
