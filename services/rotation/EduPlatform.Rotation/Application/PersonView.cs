using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Application;

public sealed record StintView(Guid SchoolId, string SchoolName, DateOnly From, DateOnly? To, bool ByRotation, string Locality);

/// <summary>待岗 as shown: the round, since when, semesters in a row, and where the bureau arranged 跟岗学习 and 顶岗实践.</summary>
public sealed record WaitingView(Guid RoundId, DateOnly Since, int SemestersInARow, Guid? ShadowingSchoolId, string? ShadowingSchool,
    Guid? CoverSchoolId, string? CoverSchool);

/// <summary>
/// A person as the API shows them: the identity number masked unless the caller's role needs it. The mask hides the
/// birth date digits (7–14), so a masked view has no birth date either: with it, every masked number was rebuilt.
/// </summary>
public sealed record PersonView(
    Guid Id, string Name, string IdNumber, Gender Gender, DateOnly? BirthDate, PersonRole Role, string Stage, IReadOnlyList<Subject> Subjects,
    string Title, string PostLevel, BackboneLevel Backbone, GradeBand? GradeBand, DateOnly HiredOn, DateOnly? InPostSince,
    Guid CurrentSchoolId, string CurrentSchoolName, IReadOnlyList<StintView> History, IReadOnlySet<PersonStatus> Statuses,
    IReadOnlyList<Guid> Wishes, DateOnly? LeftOn, WaitingView? Waiting, int Version)
{
    public static PersonView Of(Person p, bool showIdNumber, IReadOnlyDictionary<Guid, SchoolFacts> schools) => new(
        p.Id, p.Name, showIdNumber ? p.IdNumber : Domain.IdNumber.Mask(p.IdNumber), p.Gender, showIdNumber ? p.BirthDate : null, p.Role, p.Stage, p.Subjects,
        p.Title, p.PostLevel, p.Backbone, p.GradeBand, p.HiredOn, p.InPostSince, p.CurrentSchoolId, NameOf(p.CurrentSchoolId, schools),
        p.History.Select(h => new StintView(h.SchoolId, NameOf(h.SchoolId, schools), h.From, h.To, h.ByRotation,
            schools.TryGetValue(h.SchoolId, out var s) ? s.Locality : "")).ToList(),
        p.Statuses, p.Wishes, p.LeftOn,
        p.Waiting is { } w ? new WaitingView(w.RoundId, w.Since, w.SemestersInARow, w.ShadowingSchoolId, w.ShadowingSchoolId is { } sh ? NameOf(sh, schools) : null,
            w.CoverSchoolId, w.CoverSchoolId is { } cv ? NameOf(cv, schools) : null) : null,
        p.Version);

    static string NameOf(Guid id, IReadOnlyDictionary<Guid, SchoolFacts> schools) => schools.TryGetValue(id, out var s) ? s.Name : id.ToString();
}
