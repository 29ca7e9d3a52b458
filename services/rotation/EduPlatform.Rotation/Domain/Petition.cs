namespace EduPlatform.Rotation.Domain;

/// <summary>
/// 异议 an objection to a plan's public notice, against a person on its list; 申请 a teacher's application (to rotate,
/// to be exempted, to stay); 申诉 an appeal against a decision. The bureau records each as received and answers it.
/// </summary>
public enum PetitionKind { Objection, Application, Appeal }

/// <summary>How a petition was answered: an objection or appeal upheld or dismissed, an application granted or refused.</summary>
public enum PetitionOutcome { Upheld, Dismissed, Granted, Refused }

public sealed record Petition(
    Guid Id, string CountyCode, int SchoolYear, Guid? PlanId, Guid PersonId, PetitionKind Kind, string Text, string SubmittedBy, DateOnly ReceivedOn,
    string RecordedBy, DateTimeOffset RecordedAt, PetitionOutcome? Outcome, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt, int Version)
{
    /// <summary>The outcomes a kind of petition can have.</summary>
    public static IReadOnlyList<PetitionOutcome> OutcomesOf(PetitionKind kind) => kind == PetitionKind.Application
        ? [PetitionOutcome.Granted, PetitionOutcome.Refused]
        : [PetitionOutcome.Upheld, PetitionOutcome.Dismissed];
}
