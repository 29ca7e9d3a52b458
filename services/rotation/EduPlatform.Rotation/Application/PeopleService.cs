using System.ComponentModel;
using EduPlatform.Contracts.Rotation;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Application;

public sealed record LeaveRequest(
    [property: Description("yyyy-MM-dd")] DateOnly? LeftOn,
    [property: Description("retired, resigned, transferred-out, dismissed or deceased")] string? Reason,
    [property: Description("the version you read")] int? Version);

/// <summary>Registering, correcting, hiring and losing people; every write audited (identity numbers masked in the audit).</summary>
public sealed class PeopleService(RotationDatabase database, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> LeaveReasons = ["retired", "resigned", "transferred-out", "dismissed", "deceased"];

    /// <summary>Registers a person; a new hire (<paramref name="newHire"/>) also publishes PersonHired for staffing's head counts.</summary>
    public Task<Outcome<Person>> RegisterAsync(string countyCode, PersonInput input, bool newHire, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Person>>(async s =>
        {
            var errors = new List<FieldError>();
            var person = PersonInputs.ToPerson(input, countyCode, Guid.CreateVersion7(), 1, await s.KnownSchoolsAsync(countyCode), errors);
            if (person is null)
            {
                return new Outcome<Person>.Invalid(errors);
            }

            if (await s.PersonIdByIdNumberAsync(countyCode, person.IdNumber) is { } existing)
            {
                return Outcome<Person>.Fail("idNumber", Texts.IdRegistered(existing));
            }

            await s.InsertPersonAsync(person);
            await s.WriteAuditAsync(actor, newHire ? "rotation.person.hire" : "rotation.person.register", "person", person.Id.ToString(), countyCode, null, Audited(person));
            if (newHire)
            {
                await s.EnqueueEventAsync(new PersonHired
                {
                    EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = clock.GetUtcNow(), PersonId = person.Id,
                    SchoolId = person.CurrentSchoolId, Stage = person.Stage, Role = WireEnum.Text(person.Role),
                    Subjects = person.Subjects.Select(x => WireEnum.Text(x)).ToList(), HiredOn = person.HiredOn,
                });
            }

            return person;
        }, ct);

    public Task<Outcome<Person>> UpdateAsync(string countyCode, Guid id, PersonInput input, int version, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Person>>(async s =>
        {
            var current = await s.FindPersonAsync(countyCode, id);
            if (current is null)
            {
                return new Outcome<Person>.NotFound(Texts.NotInCounty(Texts.PersonEntity(id)));
            }

            if (version != current.Version)
            {
                return new Outcome<Person>.Stale(Texts.PersonEntity(id), version, current.Version);
            }

            var errors = new List<FieldError>();
            var person = PersonInputs.ToPerson(input, countyCode, id, version + 1, await s.KnownSchoolsAsync(countyCode), errors);
            if (person is null)
            {
                return new Outcome<Person>.Invalid(errors);
            }

            if (await s.PersonIdByIdNumberAsync(countyCode, person.IdNumber) is { } other && other != id)
            {
                return Outcome<Person>.Fail("idNumber", Texts.IdOfAnother(other));
            }

            if (!await s.UpdatePersonAsync(person, version))
            {
                return new Outcome<Person>.Stale(Texts.PersonEntity(id), version, null);
            }

            await s.WriteAuditAsync(actor, "rotation.person.update", "person", id.ToString(), countyCode, Audited(current), Audited(person));
            return person;
        }, ct);

    /// <summary>The person leaves the county's schools: the stint closes and PersonLeft is published.</summary>
    public Task<Outcome<Person>> LeaveAsync(string countyCode, Guid id, LeaveRequest request, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<Person>>(async s =>
        {
            var errors = new List<FieldError>();
            if (request.LeftOn is null) { errors.Add(new FieldError("leftOn", Texts.Required)); }
            if (request.Reason is null || !LeaveReasons.Contains(request.Reason)) { errors.Add(new FieldError("reason", Texts.LeaveReasonOneOf(LeaveReasons))); }
            if (request.Version is null) { errors.Add(new FieldError("version", Texts.VersionRequired)); }
            if (errors.Count > 0)
            {
                return new Outcome<Person>.Invalid(errors);
            }

            var current = await s.FindPersonAsync(countyCode, id);
            if (current is null)
            {
                return new Outcome<Person>.NotFound(Texts.NotInCounty(Texts.PersonEntity(id)));
            }

            if (current.LeftOn is not null)
            {
                return Outcome<Person>.Fail("leftOn", Texts.AlreadyLeft(current.LeftOn!.Value));
            }

            if (current.CurrentStint is { } open && request.LeftOn < open.From)
            {
                return Outcome<Person>.Fail("leftOn", Texts.LeftBeforeArrival(open.From));
            }

            var left = current with
            {
                LeftOn = request.LeftOn, Version = current.Version + 1,
                History = current.History.Select(h => h.To is null ? h with { To = request.LeftOn } : h).ToList(),
            };
            if (request.Version != current.Version || !await s.UpdatePersonAsync(left, current.Version))
            {
                return new Outcome<Person>.Stale(Texts.PersonEntity(id), request.Version!.Value, current.Version);
            }

            await s.WriteAuditAsync(actor, "rotation.person.leave", "person", id.ToString(), countyCode, Audited(current), Audited(left));
            await s.EnqueueEventAsync(new PersonLeft
            {
                EventId = Guid.CreateVersion7(), CountyCode = countyCode, OccurredAt = clock.GetUtcNow(), PersonId = id,
                SchoolId = current.CurrentSchoolId, Stage = current.Stage, LeftOn = request.LeftOn!.Value, Reason = request.Reason!,
            });
            return left;
        }, ct);

    /// <summary>What the audit keeps of a person: everything but the identity number in full.</summary>
    /// <summary>The audit keeps the person as a masked view shows them: no identity number, no birth date that rebuilds it.</summary>
    static object Audited(Person p) => PersonView.Of(p, showIdNumber: false, new Dictionary<Guid, SchoolFacts>());
}
