using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Application;

/// <summary>The weekly itineraries of a plan's itinerant teachers, from the plan, the campus needs, the schools' classes and places.</summary>
public static class ItineraryService
{
    /// <summary>Null when the plan's alliance is not one on its year's reference date any more.</summary>
    public static async Task<ItineraryPlan?> ForPlanAsync(DbSession s, StoredPlan plan)
    {
        var countyCode = plan.CountyCode;
        if (await PlanService.ContextAsync(s, countyCode, plan.SchoolYear, plan.AllianceId) is not { } context)
        {
            return null;
        }

        // This autumn's classes, or last autumn's where this year's report has not come in.
        var classes = (await s.AutumnTermsAsync(countyCode, plan.SchoolYear - 1)).ToDictionary(t => t.Key, t => t.Value.Classes);
        foreach (var (school, term) in await s.AutumnTermsAsync(countyCode, plan.SchoolYear))
        {
            classes[school] = term.Classes;
        }

        var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(k => k.Id,
            k => new ItinerarySchool(k.Id, k.Name, k.Latitude, k.Longitude, classes.TryGetValue(k.Id, out var c) ? c : null));
        return Itineraries.Of(plan.Moves.Select(m => m.Move).ToList(), context.Request.Groups, context.Request.Needs, schools,
            context.Request.People.Select(c => c.Person).ToList(), context.Request.Policy.Itinerary);
    }
}
