using Google.OrTools.Sat;

namespace EduPlatform.Organization.Planning;

static class CpSat
{
    /// <summary>A new variable at least |<paramref name="expr"/>| (at most <paramref name="bound"/>), which a minimising objective pulls down to it.</summary>
    public static IntVar AbsoluteValue(CpModel model, LinearExpr expr, long bound)
    {
        var value = model.NewIntVar(0, bound, "");
        model.Add(value >= expr);
        model.Add(value >= -expr);
        return value;
    }

    /// <summary>The solver's parameters: the time limit, workers as there are cores (at least 2), a fixed seed for repeatable answers.</summary>
    public static string Parameters(TimeSpan limit, int workers) =>
        $"max_time_in_seconds:{limit.TotalSeconds:0.###} num_workers:{workers} random_seed:1";
}
