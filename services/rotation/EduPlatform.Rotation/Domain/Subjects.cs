using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain;

public enum Subject
{
    Chinese, Maths, English, Ideology, History, Geography, Physics, Chemistry, Biology, Science,
    PE, Music, Art, IT, MentalHealth, Other,
}

public static class Subjects
{
    /// <summary>Scarce subjects, taught itinerant across campuses: PE, music, art, IT, mental health [002][003], ideology [003].</summary>
    public static readonly IReadOnlySet<Subject> Scarce = new HashSet<Subject>
    {
        Subject.PE, Subject.Music, Subject.Art, Subject.IT, Subject.MentalHealth, Subject.Ideology,
    };

    static readonly Dictionary<string, Subject> Chinese = new()
    {
        ["语文"] = Subject.Chinese, ["数学"] = Subject.Maths, ["英语"] = Subject.English, ["外语"] = Subject.English,
        ["道德与法治"] = Subject.Ideology, ["思政"] = Subject.Ideology, ["思想政治"] = Subject.Ideology, ["政治"] = Subject.Ideology,
        ["历史"] = Subject.History, ["地理"] = Subject.Geography, ["物理"] = Subject.Physics, ["化学"] = Subject.Chemistry,
        ["生物"] = Subject.Biology, ["科学"] = Subject.Science, ["体育"] = Subject.PE, ["体育与健康"] = Subject.PE,
        ["音乐"] = Subject.Music, ["美术"] = Subject.Art, ["信息技术"] = Subject.IT, ["信息科技"] = Subject.IT,
        ["心理健康"] = Subject.MentalHealth, ["其他"] = Subject.Other,
    };

    /// <summary>A subject from its Chinese name or its wire name ("maths", "mental-health").</summary>
    public static bool TryParse(string text, out Subject subject)
    {
        var trimmed = text.Trim();
        if (Chinese.TryGetValue(trimmed, out subject))
        {
            return true;
        }

        return WireEnum.TryParse(trimmed, out subject);
    }
}
