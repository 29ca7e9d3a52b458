using EduPlatform.Kernel;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Tests.Domain;

/// <summary>
/// Issue 24 item 13: hand edits follow the rules the planner follows, and a redraw keeps the bureau's pins and counts
/// them toward the lead school's team [001] (牵头学校派出的管理团队不少于3人；成员学校选派相同数量的对应人员).
/// </summary>
public sealed class HandEditTests
{
    static readonly Words Note = new("人工调整", "by hand");

    static string Rule(EditOutcome outcome) => Assert.Single(outcome.Refusals).Rule;

    [Fact]
    public void A_hand_edit_goes_only_where_the_plan_sends_and_a_swap_takes_the_same_post()
    {
        var (county, core, members) = PlannerTests.WolongGroup(members: 2);
        var plain = county.Add(core, subject: Subject.Music, since: 2010);
        var request = county.Request();
        var moves = RotationPlanner.Plan(request).Moves;

        // Members do not send to each other: a move goes core → member, or back in return for someone [001].
        var memberTeacher = county.People.First(p => p.CurrentSchoolId == members[0] && p.Role == PersonRole.Teacher && moves.All(m => m.PersonId != p.Id));
        Assert.Equal("rotation.edit.route", Rule(PlanEditor.Apply(request, moves, new PlanEdit(EditAction.Add, memberTeacher.Id, members[1]), Note)));

        // A seconded member of the management team is swapped only for someone who can take a management post.
        var manager = moves.First(m => m.Mode == MoveMode.Secondment && m.InReturnFor is null && county.Person(m.PersonId).Role != PersonRole.Teacher);
        Assert.Equal("rotation.edit.match", Rule(PlanEditor.Apply(request, moves, new PlanEdit(EditAction.Swap, manager.PersonId, WithPersonId: plain.Id), Note)));

        // A middle manager sent back for the seconded cadre is swapped only for another cadre of the member, not a teacher.
        var back = moves.First(m => m.InReturnFor == manager.PersonId);
        var teacherAtMember = county.People.First(p => p.CurrentSchoolId == back.FromSchoolId && p.Role == PersonRole.Teacher && moves.All(m => m.PersonId != p.Id));
        Assert.Equal("rotation.edit.match", Rule(PlanEditor.Apply(request, moves, new PlanEdit(EditAction.Swap, back.PersonId, WithPersonId: teacherAtMember.Id), Note)));
        var otherCadre = county.People.First(p => p.CurrentSchoolId == back.FromSchoolId && p.Role == PersonRole.MiddleManager && moves.All(m => m.PersonId != p.Id));
        var swapped = PlanEditor.Apply(request, moves, new PlanEdit(EditAction.Swap, back.PersonId, WithPersonId: otherCadre.Id), Note);
        Assert.False(swapped.Refused);
        var replacement = swapped.Moves.Single(m => m.PersonId == otherCadre.Id);
        Assert.Equal((manager.PersonId, MoveMode.Secondment, back.ToSchoolId), (replacement.InReturnFor!.Value, replacement.Mode, replacement.ToSchoolId));
        Assert.Contains(Note, replacement.Reasons);

        // The music teacher goes to a member on a teaching post (支教 to a rural school), for the term the county sets.
        var added = PlanEditor.Apply(request, moves, new PlanEdit(EditAction.Add, plain.Id, members[1]), Note);
        var move = added.Moves.Single(m => m.PersonId == plain.Id);
        Assert.Equal((MoveMode.Support, Subject.Music), (move.Mode, move.Subject!.Value));
        Assert.Equal(move.StartOn.AddYears(RotationTerm.For(plain, request.Policy).Years).AddDays(-1), move.EndOn);
    }

    [Fact]
    public void A_redraw_keeps_the_pinned_moves_and_counts_them_toward_the_team()
    {
        var (county, core, members) = PlannerTests.WolongGroup(members: 2);
        var first = county.Plan();
        var cadre = first.Moves.First(m => m.ToSchoolId == members[0] && m.Mode == MoveMode.Secondment && m.InReturnFor is null);
        var pinned = first.Moves.Where(m => m.PersonId == cadre.PersonId || m.InReturnFor == cadre.PersonId).ToList();

        // Pinning the person sent back pins the pair: a redraw keeps both or neither [001] 成员学校选派相同数量的对应人员.
        var back = pinned.Single(m => m.InReturnFor is not null);
        var byReturn = PlanEditor.Apply(county.Request(), first.Moves, new PlanEdit(EditAction.Pin, back.PersonId), Note);
        Assert.Equal(2, byReturn.Moves.Count(m => m.Pinned));
        Assert.All(byReturn.Moves.Where(m => m.Pinned), m => Assert.Contains(m.PersonId, pinned.Select(p => p.PersonId)));

        var again = county.Plan(pinned);

        Assert.All(pinned, p => Assert.Contains(again.Moves, m => m.PersonId == p.PersonId && m.ToSchoolId == p.ToSchoolId && m.Pinned));
        // Three in the management team, the pinned one among them — not three more besides it.
        var team = again.Targets.Single(t => t.Target == PlanTargets.Management && t.Scope.Zh == county.Schools[members[0]].Name);
        Assert.Equal(3, team.Planned);
        Assert.Equal(3, again.Moves.Count(m => m.ToSchoolId == members[0] && m.InReturnFor is null && county.Person(m.PersonId).Role != PersonRole.Teacher));
    }
}
