namespace EduPlatform.ServiceDefaults;

/// <summary>The roles of architecture.md (Security). A token carries them in "role" claims.</summary>
public static class Roles
{
    public const string ProvinceAdmin = "province-admin";
    public const string CountyAdmin = "county-admin";
    public const string AllianceAdmin = "alliance-admin";
    public const string StaffingOffice = "staffing-office";
    public const string HrBureau = "hr-bureau";
    public const string Viewer = "viewer";
    /// <summary>Another government system that follows the suite's events: reads like a viewer and reads the replay feed.</summary>
    public const string EventSubscriber = "event-subscriber";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>([ProvinceAdmin, CountyAdmin, AllianceAdmin, StaffingOffice, HrBureau, Viewer, EventSubscriber]);
}

/// <summary>Claim types the suite reads from a token.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    /// <summary>A 6-digit county code the user works in; a user may hold several.</summary>
    public const string County = "county";
    /// <summary>An alliance id an alliance-admin works for (see <see cref="AllianceScope"/>); a user may hold several.</summary>
    public const string Alliance = "alliance";
}
