using EduPlatform.Kernel;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing.Application;

/// <summary>The stage a spreadsheet row's staff belong to: named in the row, or the school's own stage.</summary>
public static class StaffingStages
{
    static readonly Dictionary<string, StaffingStage> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["幼儿园"] = StaffingStage.Kindergarten, ["kindergarten"] = StaffingStage.Kindergarten,
        ["小学"] = StaffingStage.Primary, ["primary"] = StaffingStage.Primary,
        ["初中"] = StaffingStage.Junior, ["junior"] = StaffingStage.Junior,
        ["高中"] = StaffingStage.SeniorHigh, ["senior-high"] = StaffingStage.SeniorHigh,
    };

    /// <summary>A nine-year school's rows must name 小学 or 初中; a bad or missing stage is a row error.</summary>
    public static StaffingStage? Of(string schoolStage, string text, int row, ICollection<FieldError> errors)
    {
        if (text.Length > 0)
        {
            if (Names.TryGetValue(text, out var named))
            {
                return named;
            }

            errors.Add(new FieldError("stage", Texts.NotAStaffingStage(text), row));
            return null;
        }

        if (Names.TryGetValue(schoolStage, out var own))
        {
            return own;
        }

        errors.Add(new FieldError("stage", Texts.RowsNameStage(schoolStage), row));
        return null;
    }
}
