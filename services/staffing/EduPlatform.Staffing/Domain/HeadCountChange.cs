namespace EduPlatform.Staffing.Domain;

/// <summary>One change to a school's actual staff in a stage, from one of rotation's events ("hired", "left", "placed", "returned", "reassigned").</summary>
public sealed record HeadCountChange(Guid EventId, string CountyCode, Guid SchoolId, StaffingStage Stage, int Delta, string Reason, Guid PersonId, DateTimeOffset OccurredAt);
