using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Balance;

namespace EduPlatform.Evaluation.Tests.Domain;

/// <summary>Schools for the domain tests: every indicator exactly at the primary standard unless a test changes it.</summary>
static class Figures
{
    public static ResourceInputs AtPrimaryStandard(int students) => new()
    {
        QualifiedTeachers = 4.2 * students / 100, BackboneTeachers = 1.0 * students / 100, PeArtsTeachers = 0.9 * students / 100,
        TeachingArea = 4.5 * students, SportsArea = 7.5 * students, EquipmentValue = 2000.0 * students, MultimediaClassrooms = 2.3 * students / 100,
    };

    public static BalanceSchool School(string name, int students, ResourceInputs? inputs = null, string type = "regular", string stage = Stages.Primary,
        double? score = null) =>
        new(Guid.NewGuid(), name, type, new SchoolFigures
        {
            SchoolId = Guid.NewGuid(), SchoolYear = 2024, Stage = stage, Students = students, Resources = inputs ?? AtPrimaryStandard(students), AcademicScore = score,
        });
}
