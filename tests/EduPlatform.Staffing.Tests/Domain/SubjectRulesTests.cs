using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Tests.Domain;

public sealed class SubjectRulesTests
{
    [Fact]
    public void Scarce_subjects_are_drafted_first_then_the_largest_other_gaps_then_unassigned()
    {
        var gaps = new Dictionary<Subject, int> { [Subject.Maths] = 5, [Subject.Music] = 2, [Subject.PE] = 3, [Subject.Chinese] = 1, [Subject.Art] = 0 };

        var lines = SubjectRules.Draft("alliance:x", "第一实验小学教联体", StaffingStage.Primary, 12, gaps);

        Assert.Equal([Subject.PE, Subject.Music, Subject.Maths, Subject.Chinese, null], lines.Select(l => l.Subject));
        Assert.Equal([3, 2, 5, 1, 1], lines.Select(l => l.Posts));
        Assert.Contains("scarce subject", lines[0].Reason);
    }

    [Fact]
    public void Fewer_vacancies_than_gaps_go_to_scarce_subjects()
    {
        var gaps = new Dictionary<Subject, int> { [Subject.Maths] = 5, [Subject.IT] = 2, [Subject.MentalHealth] = 1 };
        var lines = SubjectRules.Draft("school:y", "北河镇小学", StaffingStage.Primary, 2, gaps);
        Assert.Equal([(Subject?)Subject.IT], lines.Select(l => l.Subject));
        Assert.Equal(2, lines.Single().Posts);
        Assert.Empty(SubjectRules.Draft("school:y", "北河镇小学", StaffingStage.Primary, 0, gaps));
    }

    [Fact]
    public void Coverage_is_the_share_of_specialists_among_those_teaching_pe_music_and_art()
    {
        var school = Guid.NewGuid();
        SubjectStaff[] staff =
        [
            new(school, StaffingStage.Primary, Subject.PE, 87, 13),      // 87.0% (Xishui's primary PE [000])
            new(Guid.NewGuid(), StaffingStage.Primary, Subject.Music, 50, 4),
            new(school, StaffingStage.Junior, Subject.Art, 0, 0),
            new(school, StaffingStage.Primary, Subject.Maths, 100, 3),
        ];
        var coverage = SubjectRules.CoverageRates(staff);

        Assert.Equal(0.87m, coverage.Single(c => c.Subject == Subject.PE).Rate);
        Assert.Equal(0.926m, coverage.Single(c => c.Subject == Subject.Music).Rate); // 50 / 54
        Assert.Null(coverage.Single(c => c.Subject == Subject.Art).Rate);
        Assert.DoesNotContain(coverage, c => c.Subject == Subject.Maths);
    }
}
