namespace EduPlatform.Evaluation.Domain.Balance;

/// <summary>
/// The 2017 review's rotation item (standards.md): each year at least 10% of eligible teachers of urban and quality
/// schools rotate, and backbone teachers are at least 20% of those rotated. Counted from rotation's approved plans.
/// </summary>
public sealed record RotationItem(int Plans, int EligibleTeachers, int RotatingTeachers, double? Share, bool MeetsShare, int RotatingBackbone, double? BackboneShare,
    bool MeetsBackboneShare)
{
    public const double TeacherShare = 0.10;
    public const double BackboneShareOfRotated = 0.20;

    public static RotationItem From(IReadOnlyList<(int Eligible, int Rotating, int Backbone)> plans)
    {
        int eligible = plans.Sum(p => p.Eligible), rotating = plans.Sum(p => p.Rotating), backbone = plans.Sum(p => p.Backbone);
        double? share = eligible > 0 ? Math.Round((double)rotating / eligible, 4) : null;
        double? backboneShare = rotating > 0 ? Math.Round((double)backbone / rotating, 4) : null;
        return new RotationItem(plans.Count, eligible, rotating, share, eligible > 0 && rotating >= TeacherShare * eligible, backbone, backboneShare,
            rotating > 0 && backbone >= BackboneShareOfRotated * rotating);
    }
}
