using EduPlatform.Evaluation.Domain.Balance;

namespace EduPlatform.Evaluation.Domain;

/// <summary>
/// What a school reported for a school year and stage (a nine-year school reports its primary and junior parts apart):
/// the inputs of the seven resource indicators and the quality measures. Resource inputs are all given or none
/// (a senior high or kindergarten may report quality only).
/// </summary>
public sealed record SchoolFigures
{
    public required Guid SchoolId { get; init; }
    public required int SchoolYear { get; init; }
    public required string Stage { get; init; }
    /// <summary>在校生数 of the stage.</summary>
    public required int Students { get; init; }
    /// <summary>专任教师数, for the resource-sharing score.</summary>
    public int? Teachers { get; init; }

    public ResourceInputs? Resources { get; init; }

    /// <summary>学业质量 / monitoring result, 0–100: the quality whose improvement the bundled evaluation judges [001].</summary>
    public double? AcademicScore { get; init; }
    /// <summary>巩固率, percent.</summary>
    public double? ConsolidationRate { get; init; }
    /// <summary>家长满意率 from the survey, percent [003][002].</summary>
    public double? ParentSatisfaction { get; init; }
    /// <summary>社会认可度, percent [003].</summary>
    public double? SocialRecognition { get; init; }
    /// <summary>Students who came back to the campus from elsewhere (回流) during the year [001] 学生增量.</summary>
    public int? ReturningStudents { get; init; }
}

/// <summary>The raw inputs; the indicator values are per student or per 100 students.</summary>
public sealed record ResourceInputs
{
    /// <summary>Teachers above the required degree (primary: college or more; junior: bachelor or more).</summary>
    public required double QualifiedTeachers { get; init; }
    /// <summary>County-level or higher backbone teachers.</summary>
    public required double BackboneTeachers { get; init; }
    /// <summary>PE, music and fine-art specialist teachers.</summary>
    public required double PeArtsTeachers { get; init; }
    /// <summary>Teaching and auxiliary floor area, m².</summary>
    public required double TeachingArea { get; init; }
    /// <summary>Sports ground and hall area, m².</summary>
    public required double SportsArea { get; init; }
    /// <summary>Teaching equipment value, yuan.</summary>
    public required double EquipmentValue { get; init; }
    /// <summary>Networked multimedia classrooms.</summary>
    public required double MultimediaClassrooms { get; init; }

    public double Raw(ResourceIndicator indicator) => indicator switch
    {
        ResourceIndicator.QualifiedTeachers => QualifiedTeachers,
        ResourceIndicator.BackboneTeachers => BackboneTeachers,
        ResourceIndicator.PeArtsTeachers => PeArtsTeachers,
        ResourceIndicator.TeachingArea => TeachingArea,
        ResourceIndicator.SportsArea => SportsArea,
        ResourceIndicator.EquipmentValue => EquipmentValue,
        ResourceIndicator.MultimediaClassrooms => MultimediaClassrooms,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    /// <summary>The indicator's value for a school of this many students.</summary>
    public double Value(ResourceIndicator indicator, int students)
    {
        if (students <= 0)
        {
            return 0;
        }

        var perStudent = Raw(indicator) / students;
        return ResourceStandards.Of(indicator).Per100Students ? perStudent * 100 : perStudent;
    }
}
