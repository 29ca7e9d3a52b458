using EduPlatform.Persistence;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Data;

public static class SubjectStaffData
{
    public static async Task SetSubjectStaffAsync(this DbSession s, string countyCode, SubjectStaff x)
    {
        var args = new { x.SchoolId, Stage = x.Stage.ToString(), Subject = x.Subject.ToString(), CountyCode = countyCode, x.Specialists, x.NonSpecialists };
        if (await s.ExecuteAsync(
            "UPDATE subject_staff SET Specialists = @Specialists, NonSpecialists = @NonSpecialists WHERE SchoolId = @SchoolId AND Stage = @Stage AND Subject = @Subject",
            args) == 0)
        {
            await s.ExecuteAsync(
                "INSERT INTO subject_staff (SchoolId, Stage, Subject, CountyCode, Specialists, NonSpecialists) VALUES (@SchoolId, @Stage, @Subject, @CountyCode, @Specialists, @NonSpecialists)",
                args);
        }
    }

    sealed class Row
    {
        public Guid SchoolId { get; set; }
        public string Stage { get; set; } = "";
        public string Subject { get; set; } = "";
        public int Specialists { get; set; }
        public int NonSpecialists { get; set; }
    }

    public static async Task<IReadOnlyList<SubjectStaff>> SubjectStaffAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<Row>("SELECT SchoolId, Stage, Subject, Specialists, NonSpecialists FROM subject_staff WHERE CountyCode = @CountyCode",
            new { CountyCode = countyCode }))
        .Select(r => new SubjectStaff(r.SchoolId, Enum.Parse<StaffingStage>(r.Stage), Enum.Parse<Subject>(r.Subject), r.Specialists, r.NonSpecialists))
        .ToList();
}
